import type { ReactNode } from 'react';

/**
 * A side-by-side table: one column per compared item, one row per aspect. On a phone it scrolls sideways inside a
 * focusable region, so keyboard users can scroll it too.
 */
export function CompareTable({
  label,
  columns,
  rows,
  testId,
}: {
  label: string;
  columns: { key: string; header: ReactNode }[];
  rows: { key: string; aspect: string; cells: ReactNode[] }[];
  testId?: string;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className="overflow-x-auto rounded-lg border border-stone-200 bg-white focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
    >
      <table
        className="w-full min-w-[40rem] table-fixed border-collapse text-left text-sm"
        data-testid={testId}
      >
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-stone-300 bg-stone-50 align-bottom">
            <td className="w-36 p-2" />
            {columns.map((c) => (
              <th key={c.key} scope="col" className="p-2 font-serif text-base font-semibold">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-stone-100 align-top" data-aspect={row.key}>
              <th scope="row" className="p-2 font-medium text-stone-700">
                {row.aspect}
              </th>
              {row.cells.map((cell, i) => (
                <td key={columns[i]?.key ?? i} className="p-2 break-words">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
