import type { Decision } from '@shared/model';

/** Signed, locale-aware amounts for resources granted (+) or withdrawn (−). */
const locale = typeof navigator !== 'undefined' ? navigator.language : 'en-US';

const formats = new Map<string, Intl.NumberFormat>();
function format(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let f = formats.get(key);
  if (!f) {
    // exceptZero: a grant reads "+€50,000", a withdrawal "−€20,000", no change plainly "€0".
    f = new Intl.NumberFormat(locale, { signDisplay: 'exceptZero', ...options });
    formats.set(key, f);
  }
  return f;
}

export function signedMoney(value: number, currency: string): string {
  return format(`money:${currency}`, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(value);
}

export function signedNumber(value: number, maximumFractionDigits = 2): string {
  return format(`num:${maximumFractionDigits}`, { maximumFractionDigits }).format(value);
}

/** "+€50,000 budget", "+0.5 FTE", "−2 agent seats" for each resource the decision changed. */
export function resourceChanges(
  d: Pick<Decision, 'budgetDelta' | 'fteDelta' | 'agentSeatsDelta'>,
  currency: string,
): string[] {
  const parts: string[] = [];
  if (d.budgetDelta !== 0) parts.push(`${signedMoney(d.budgetDelta, currency)} budget`);
  if (d.fteDelta !== 0) parts.push(`${signedNumber(d.fteDelta, 2)} FTE`);
  if (d.agentSeatsDelta !== 0) {
    parts.push(
      `${signedNumber(d.agentSeatsDelta, 0)} agent ${Math.abs(d.agentSeatsDelta) === 1 ? 'seat' : 'seats'}`,
    );
  }
  return parts;
}
