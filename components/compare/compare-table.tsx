import type { ReactNode } from 'react';

interface CompareTableProps {
  label: string;
  columns: { key: string; header: ReactNode }[];
  rows: { key: string; aspect: string; cells: ReactNode[] }[];
  testId?: string;
}

/**
 * A side-by-side table: one column per compared item, one row per aspect. Below the md breakpoint the columns would
 * be a few words wide and the page tens of thousands of pixels long, so there each item is a card of its aspects
 * instead (the same cells; the table is not rendered for assistive technology there, being display: none). Between
 * md and a width that fits every column, the table scrolls sideways inside a focusable region.
 */
export function CompareTable({ label, columns, rows, testId }: CompareTableProps) {
  return (
    <>
      <CompareCards label={label} columns={columns} rows={rows} testId={testId} />
      <div
        role="region"
        aria-label={label}
        tabIndex={0}
        className="hidden overflow-x-auto rounded-lg border border-stone-200 bg-white md:block focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700"
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
    </>
  );
}

function CompareCards({ label, columns, rows, testId }: CompareTableProps) {
  return (
    <ol
      aria-label={label}
      className="flex flex-col gap-4 md:hidden"
      data-testid={testId && `${testId}-cards`}
    >
      {columns.map((column, i) => (
        <li key={column.key} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
          <h3 className="mb-2 font-serif text-base font-semibold">{column.header}</h3>
          <dl className="flex flex-col gap-3">
            {rows.map((row) => (
              <div key={row.key} data-aspect={row.key} className="border-t border-stone-100 pt-2">
                <dt className="font-medium text-stone-700">{row.aspect}</dt>
                <dd className="break-words">{row.cells[i]}</dd>
              </div>
            ))}
          </dl>
        </li>
      ))}
    </ol>
  );
}
