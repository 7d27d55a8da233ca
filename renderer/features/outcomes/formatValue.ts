import { formatNumber } from '../../components/format';

/** A measured value with its unit, in the person's locale: "25.5 days", "1,200", "12 %". */
export function formatValue(value: number, unit: string): string {
  const n = formatNumber(value);
  const u = unit.trim();
  return u ? `${n} ${u}` : n;
}
