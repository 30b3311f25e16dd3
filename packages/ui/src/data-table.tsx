import { type ReactNode, useId } from 'react';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

/**
 * A table with a caption and column headers; the first cell of each row is its header. On narrow
 * screens it scrolls sideways inside a focusable region, so keyboard users can scroll it too.
 */
export function DataTable<T>({
  caption,
  rows,
  rowKey,
  columns,
  testId,
}: {
  caption: ReactNode;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  testId?: string;
}) {
  const captionId = useId();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="sl-table-wrap" aria-labelledby={captionId} tabIndex={0}>
      <table className="table sl-table" data-testid={testId}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col">
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header}>{column.cell(row)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
