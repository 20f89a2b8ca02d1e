import { type ReactNode, useState } from 'react';

export interface Column<Row> {
  key: string;
  header: string;
  /** What the column sorts by; columns without it do not sort. */
  sortValue?: (row: Row) => number | string | null;
  render: (row: Row) => ReactNode;
  numeric?: boolean;
  /** Shown as a tooltip on the header (e.g. how a figure is computed, or that it is not available yet). */
  note?: string;
}

const collator = new Intl.Collator('zh-CN');

/** A table whose headers sort it (click again to reverse); rows can be flagged. */
export function SortableTable<Row>(props: {
  rows: Row[];
  columns: Column<Row>[];
  rowKey: (row: Row) => string;
  rowClass?: (row: Row) => string | undefined;
  initialSort?: { key: string; descending?: boolean };
  testId?: string;
}) {
  const [sort, setSort] = useState(props.initialSort ?? null);
  const column = props.columns.find((c) => c.key === sort?.key);
  const rows = [...props.rows];
  if (column?.sortValue) {
    const value = column.sortValue;
    rows.sort((a, b) => {
      const x = value(a);
      const y = value(b);
      // Rows without a value (e.g. a share of nothing) go last either way.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sort?.descending ? -order : order;
    });
  }
  return (
    <table className="data" data-testid={props.testId}>
      <thead>
        <tr>
          {props.columns.map((c) => {
            const active = sort?.key === c.key;
            return (
              <th
                key={c.key}
                className={[c.numeric ? 'num' : '', c.sortValue ? 'sortable' : 'unavailable'].join(' ')}
                title={c.note}
                aria-sort={active ? (sort?.descending ? 'descending' : 'ascending') : undefined}
                data-column={c.key}
                onClick={
                  c.sortValue
                    ? () => setSort({ key: c.key, descending: active ? !sort?.descending : false })
                    : undefined
                }
              >
                {c.header}
                {active ? (sort?.descending ? ' ▼' : ' ▲') : ''}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={props.rowKey(row)} className={props.rowClass?.(row)} data-row={props.rowKey(row)}>
            {props.columns.map((c) => (
              <td key={c.key} className={c.numeric ? 'num' : undefined} data-field={c.key}>
                {c.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
