import { Checkbox, type TableProps } from '@arco-design/web-react';

export interface LabelledSelectionOptions<T> {
  /** The rows on the page. */
  rows: readonly T[];
  keyOf(row: T): number;
  selected: readonly number[];
  selectable(row: T): boolean;
  /** What a row's box selects, for screen readers: 选择“…”. */
  label(row: T): string;
  /** What the header's box selects: every selectable row on the page. */
  allLabel: string;
  onChange(keys: number[]): void;
  /** Why a row cannot be selected, shown on its disabled box. */
  disabledTitle?(row: T): string | undefined;
}

/**
 * A table's checkbox selection whose boxes have names: Arco's own 全选 and
 * row boxes are unlabelled inputs, which a screen reader announces as
 * "checkbox" and axe fails. The header box selects the page's selectable
 * rows (or none).
 */
export function labelledRowSelection<T>(options: LabelledSelectionOptions<T>): TableProps<T>['rowSelection'] {
  const { rows, keyOf, selected, selectable, label, allLabel, onChange, disabledTitle } = options;
  const eligible = rows.filter(selectable);
  const chosen = eligible.filter((row) => selected.includes(keyOf(row)));
  return {
    type: 'checkbox',
    selectedRowKeys: [...selected],
    checkAll: false,
    columnTitle: (
      <Checkbox
        checked={eligible.length > 0 && chosen.length === eligible.length}
        indeterminate={chosen.length > 0 && chosen.length < eligible.length}
        disabled={eligible.length === 0}
        onChange={(checked: boolean) => onChange(checked ? eligible.map(keyOf) : [])}
      >
        <span className="visually-hidden">{allLabel}</span>
      </Checkbox>
    ),
    checkboxProps: (row: T) => ({ disabled: !selectable(row), title: disabledTitle?.(row), children: <span className="visually-hidden">{label(row)}</span> }),
    onChange: (keys) => onChange(keys.map(Number)),
  };
}
