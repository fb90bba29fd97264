/**
 * A table of thousands of rows that mounts only a screenful: header buttons sort (aria-sort says
 * how), rows keep their place by aria-rowindex, and spacer rows stand for the rest.
 */
import { memo, useMemo, useState, type ReactNode } from 'react';
import { useRowWindow } from '../../ui/use-row-window';

export interface Column<R> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: R) => ReactNode;
  /** Sortable when given: numbers or strings. */
  readonly sortValue?: (row: R) => number | string;
  readonly numeric?: boolean;
}

export interface SortState {
  readonly key: string;
  readonly direction: 'ascending' | 'descending';
}

interface Props<R> {
  caption: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: readonly Column<R>[];
  initialSort?: SortState;
  /** Marks a row (e.g. `data-differs`), for highlighting beside the words. */
  rowAttributes?: (row: R) => Record<string, string | undefined>;
  rowHeight?: number;
  empty: string;
  /**
   * What a row's cells are drawn from, besides the row: when given, a mounted row whose values are
   * the same (one by one, `Object.is`) is not drawn again, even though the columns are new objects.
   */
  rowDeps?: (row: R) => readonly unknown[];
}

const compare = (a: number | string, b: number | string): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;

interface RowProps<R> {
  row: R;
  columns: readonly Column<R>[];
  rowIndex: number;
  height: number;
  attributes: Record<string, string | undefined> | undefined;
  deps: readonly unknown[] | undefined;
}

function TableRow<R>({ row, columns, rowIndex, height, attributes }: RowProps<R>) {
  return (
    <tr aria-rowindex={rowIndex} style={{ height }} {...attributes}>
      {columns.map((column) => (
        <td key={column.key} data-numeric={column.numeric || undefined}>
          {column.render(row)}
        </td>
      ))}
    </tr>
  );
}

const sameValues = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

const sameAttributes = (a: Record<string, string | undefined> | undefined, b: Record<string, string | undefined> | undefined) => {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

/** A row with `deps` is drawn again only when they, its place or its columns' keys change. */
const MemoRow = memo(TableRow, (a, b) => {
  if (a.deps === undefined || b.deps === undefined) return false;
  return (
    a.row === b.row &&
    a.rowIndex === b.rowIndex &&
    a.height === b.height &&
    sameAttributes(a.attributes, b.attributes) &&
    sameValues(a.deps, b.deps) &&
    sameValues(
      a.columns.map((c) => c.key),
      b.columns.map((c) => c.key),
    )
  );
}) as typeof TableRow;

export function WindowedTable<R>({ caption, rows, rowKey, columns, initialSort, rowAttributes, rowHeight = 34, empty, rowDeps }: Props<R>) {
  const [sort, setSort] = useState<SortState | null>(initialSort ?? null);
  const sorted = useMemo(() => {
    const column = sort === null ? undefined : columns.find((c) => c.key === sort.key);
    if (column?.sortValue === undefined || sort === null) return rows;
    const value = column.sortValue;
    const sign = sort.direction === 'ascending' ? 1 : -1;
    // Stable: ties keep the rows' own order (connector id).
    return rows
      .map((row, i) => ({ row, i, v: value(row) }))
      .sort((a, b) => sign * compare(a.v, b.v) || a.i - b.i)
      .map((x) => x.row);
  }, [rows, columns, sort]);
  const { start, end, ref } = useRowWindow(sorted.length, rowHeight);
  const toggleSort = (key: string) =>
    setSort((s) => (s?.key === key ? { key, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { key, direction: key === columns[0]?.key ? 'ascending' : 'descending' }));

  return (
    <div className="windowed-table" ref={ref} tabIndex={0} role="group" aria-label={`${caption}: scroll to see more rows`}>
      <table aria-rowcount={sorted.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={sort?.key === column.key ? sort.direction : undefined}
                data-numeric={column.numeric || undefined}
              >
                {column.sortValue === undefined ? (
                  column.header
                ) : (
                  <button type="button" className="windowed-table__sort" onClick={() => toggleSort(column.key)}>
                    {column.header}
                    <span aria-hidden="true">{sort?.key === column.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
                  </button>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {start > 0 && (
            <tr aria-hidden="true" className="windowed-table__spacer">
              <td colSpan={columns.length} style={{ height: start * rowHeight }} />
            </tr>
          )}
          {sorted.slice(start, end).map((row, i) => (
            <MemoRow
              key={rowKey(row)}
              row={row}
              columns={columns}
              rowIndex={start + i + 2}
              height={rowHeight}
              attributes={rowAttributes?.(row)}
              deps={rowDeps?.(row)}
            />
          ))}
          {end < sorted.length && (
            <tr aria-hidden="true" className="windowed-table__spacer">
              <td colSpan={columns.length} style={{ height: (sorted.length - end) * rowHeight }} />
            </tr>
          )}
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="windowed-table__empty">
                {empty}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
