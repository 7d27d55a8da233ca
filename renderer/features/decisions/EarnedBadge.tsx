import { BadgeCheck, CircleAlert } from 'lucide-react';
import type { EarnedVerdict } from './earned';

/** "Earned" / "Not earned" for an expansion; the reason is read with it and shown on hover. */
export function EarnedBadge({ verdict }: { verdict: EarnedVerdict }) {
  const Icon = verdict.earned ? BadgeCheck : CircleAlert;
  return (
    <span
      className={`badge ${verdict.earned ? 'earned-yes' : 'earned-no'}`}
      title={verdict.explanation}
    >
      <Icon size={13} aria-hidden="true" />
      {verdict.label}
    </span>
  );
}
