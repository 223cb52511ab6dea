export interface RateBar {
  key: string | number;
  label: string;
  /** A percentage (0–100), or null where nothing counts yet. */
  value: number | null;
  /** What the figure is made of, e.g. "3 / 5". */
  detail: string;
  /** Where a row leads (a drill-down): the label is then a button. */
  onSelect?(): void;
}

/**
 * Rates as a list of bars, one row per label: the figures are text a screen
 * reader reads and a printer prints, a drill-down is a button the keyboard
 * reaches. Its height is fixed (rows scroll inside), so nothing below moves
 * when the figures arrive.
 */
export function RateBars({ rows, label }: { rows: RateBar[]; label: string }) {
  return (
    <ul className="rate-bars" aria-label={label}>
      {rows.map((row) => (
        <li key={row.key} className="rate-bars__row">
          {row.onSelect ? (
            <button type="button" className="rate-bars__label rate-bars__label--link" title={row.label} onClick={row.onSelect}>
              {row.label}
            </button>
          ) : (
            <span className="rate-bars__label" title={row.label}>
              {row.label}
            </span>
          )}
          <span className="rate-bars__track" aria-hidden="true">
            <span className="rate-bars__bar" style={{ width: `${row.value ?? 0}%` }} />
          </span>
          <span className="rate-bars__value">{row.value === null ? '—' : `${row.value}%`}</span>
          <span className="rate-bars__detail">{row.detail}</span>
        </li>
      ))}
    </ul>
  );
}
