import Link from "next/link";
import type { ReactNode } from "react";
import { formatDateTime } from "@/backoffice/format-date-time";

type RecurringObject = { id: string; status: string; merchantReference: string | null; createdAt: string };

/**
 * The list of a kind of recurring object (subscriptions, instalment plans): a
 * link to each one's page, its status, the kind's own columns, its creation
 * date, and a line when nothing matches. One table for both kinds.
 */
export function RecurringTable<T extends RecurringObject>({
  title,
  testId,
  rows,
  href,
  columns,
  empty,
}: {
  title: string;
  testId: string;
  rows: readonly T[];
  href: (row: T) => string;
  columns: ReadonlyArray<{ header: string; cell: (row: T) => ReactNode }>;
  empty: string;
}) {
  return (
    <>
      <table className="bo-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{title}</th>
            <th>Status</th>
            {columns.map((c) => (
              <th key={c.header}>{c.header}</th>
            ))}
            <th>Created</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <Link href={href(row)}>{row.merchantReference ?? row.id}</Link>
              </td>
              <td>{row.status}</td>
              {columns.map((c) => (
                <td key={c.header}>{c.cell(row)}</td>
              ))}
              <td>{formatDateTime(row.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p className="bo-hint">{empty}</p> : null}
    </>
  );
}
