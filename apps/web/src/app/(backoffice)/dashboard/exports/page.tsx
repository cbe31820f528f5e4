import { TRANSACTION_CSV_COLUMNS } from "@jeton/core";
import { FlashMessage } from "@/backoffice/flash-message";
import { requireStaff } from "@/server/backoffice/require-staff";
import { MAX_EXPORT_DAYS } from "./transactions.csv/schema";
import { firstParam } from "@/backoffice/first-param";

export const dynamic = "force-dynamic";

const isDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

// GET /dashboard/exports – download the payments of a date range as CSV (every role may export).
export default async function ExportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const today = context.clock.now().toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 8)}01`;
  const from = firstParam(query.from);
  const to = firstParam(query.to);

  return (
    <>
      <h1>Exports</h1>
      <FlashMessage error={firstParam(query.error) === "parameter_invalid" ? undefined : query.error} />
      {firstParam(query.error) === "parameter_invalid" ? (
        <div className="bo-error" role="alert">
          The range is not valid: both dates are needed, the end must not be before the start, and a range covers at most {MAX_EXPORT_DAYS} days.
        </div>
      ) : null}
      <section className="bo-card" aria-labelledby="export-transactions">
        <h2 id="export-transactions">Payments (CSV)</h2>
        <p className="bo-hint">
          Every payment created in the range ({staff.mode === "live" ? "live" : "test"} data), oldest first. Days are UTC days, both included; up to{" "}
          {MAX_EXPORT_DAYS} days per file. Amounts are in the currency&apos;s units with a dot (12.50 EUR, 1.250 TND, 1200 JPY); dates in ISO 8601
          UTC.
        </p>
        <form method="get" action="/dashboard/exports/transactions.csv">
          <div className="bo-filters">
            <div className="bo-field">
              <label htmlFor="export-from">From</label>
              <input id="export-from" name="from" type="date" required defaultValue={isDay(from) ? from : monthStart} />
            </div>
            <div className="bo-field">
              <label htmlFor="export-to">To</label>
              <input id="export-to" name="to" type="date" required defaultValue={isDay(to) ? to : today} />
            </div>
            <div className="bo-field">
              <button type="submit">Download CSV</button>
            </div>
          </div>
        </form>
        <details>
          <summary>Columns</summary>
          <p>
            <code>{TRANSACTION_CSV_COLUMNS.join(", ")}</code>
          </p>
          <p className="bo-hint">
            <code>captured</code> is what was captured and not voided (0 for a canceled payment); <code>net</code> is captured minus refunded;{" "}
            <code>refund_ids</code> are separated by spaces. A text cell starting with = + - or @ gets a leading apostrophe so spreadsheets do not
            run it as a formula.
          </p>
        </details>
      </section>
    </>
  );
}
