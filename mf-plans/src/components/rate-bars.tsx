import { useId } from 'react';
import { Typography } from '@arco-design/web-react';

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
 * Rates under a title, as a list of bars, one row per label (or what to say
 * when there are none): the figures are text a screen reader reads and a
 * printer prints, a drill-down is a button the keyboard reaches. The list's
 * height is fixed (rows scroll inside), so nothing below moves when the
 * figures arrive.
 */
export function RateBars({ title, rows, empty }: { title: string; rows: RateBar[]; empty: string }) {
  const titleId = useId();
  return (
    <div className="rate__chart">
      <Typography.Text bold id={titleId}>
        {title}
      </Typography.Text>
      {rows.length ? (
        <ul className="rate-bars" aria-labelledby={titleId}>
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
      ) : (
        <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>
      )}
    </div>
  );
}
