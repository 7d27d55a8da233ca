/** Load against capacity as a bar that runs to 150 %, with a tick at 100 % (the capacity). */
export function LoadBar({
  utilisation,
  overloaded,
}: {
  utilisation: number | null;
  overloaded: boolean;
}) {
  const share = utilisation === null ? (overloaded ? 1.5 : 0) : Math.min(utilisation, 1.5);
  return (
    <span className={`load-bar${overloaded ? ' is-overloaded' : ''}`} aria-hidden="true">
      <span className="load-bar-fill" style={{ width: `${(share / 1.5) * 100}%` }} />
      <span className="load-bar-capacity" />
    </span>
  );
}
