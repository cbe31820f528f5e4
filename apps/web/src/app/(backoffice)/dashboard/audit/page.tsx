import { isAppError, listAuditActions, listAuditEntries, listStaffUsers, type AuditEntryView } from "@jeton/core";
import Link from "next/link";
import { FilterSelect } from "@/backoffice/filter-select";
import { formatDateTime } from "@/backoffice/format-date-time";
import { requireStaff } from "@/server/backoffice/require-staff";
import { readAuditQuery } from "./audit-query";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log · Jeton back-office" };

const outcomeClass: Record<AuditEntryView["outcome"], string> = { success: "bo-status bo-status-ok", failure: "bo-status bo-status-bad", denied: "bo-status bo-status-bad" };

function Details({ details }: { details: Record<string, unknown> | null }) {
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return null;
  return (
    <dl className="bo-audit-details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}</dt>
          <dd>{typeof value === "string" ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

// GET /dashboard/audit – every staff action: who, what, on what, when, from where, and how it ended (owners only).
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = await searchParams;
  const { context, staff } = await requireStaff("owner");
  const { filters, form, invalid } = readAuditQuery(query);
  const [actions, users] = await Promise.all([listAuditActions(context, { merchantId: staff.merchantId }), listStaffUsers(context, { merchantId: staff.merchantId })]);
  let page: Awaited<ReturnType<typeof listAuditEntries>> | null = null;
  let failed: string | null = null;
  try {
    page = await listAuditEntries(context, { merchantId: staff.merchantId, ...filters });
  } catch (error) {
    if (!isAppError(error)) throw error;
    failed = error.code === "resource_not_found" ? "That page of the log no longer exists: start again from the newest entries." : "These filters could not be applied.";
  }
  const next = new URLSearchParams(Object.entries(form).filter(([, value]) => value));
  const last = page?.data.at(-1);
  if (last) next.set("after", last.id);

  return (
    <>
      <h1>Audit log</h1>
      <p className="bo-hint">Every sign-in and every change made in this back-office, newest first. Times are UTC.</p>
      <form method="get" action="/dashboard/audit" className="bo-card bo-filters" role="search" aria-label="Filter the audit log">
        <FilterSelect
          id="audit-action"
          name="action"
          label="Action"
          value={form.action}
          anyLabel="All actions"
          options={[...new Set(actions.flatMap((action) => (action.includes(".") ? [action.split(".")[0]!, action] : [action])))]
            .sort()
            .map((action) => [action, actions.includes(action) ? action : `${action}.*`])}
        />
        <FilterSelect id="audit-user" name="user" label="Staff member" value={form.user} anyLabel="Anyone" options={users.map((user) => [user.id, user.email])} />
        <FilterSelect
          id="audit-outcome"
          name="outcome"
          label="Outcome"
          value={form.outcome}
          invalid={invalid.includes("outcome")}
          options={[
            ["success", "Success"],
            ["failure", "Failure"],
            ["denied", "Denied"],
          ]}
        />
        <div className="bo-field">
          <label htmlFor="audit-from">From (UTC day)</label>
          <input id="audit-from" name="from" type="date" defaultValue={form.from} aria-invalid={invalid.includes("from") || undefined} />
        </div>
        <div className="bo-field">
          <label htmlFor="audit-to">To (UTC day, included)</label>
          <input id="audit-to" name="to" type="date" defaultValue={form.to} aria-invalid={invalid.includes("to") || undefined} />
        </div>
        <div className="bo-field bo-actions">
          <button type="submit">Filter</button>
          <Link className="bo-button bo-secondary" href="/dashboard/audit">
            Clear
          </Link>
        </div>
      </form>
      {invalid.length > 0 ? (
        <div className="bo-error" role="alert">
          Ignored a filter that is not valid: {invalid.join(", ")}.
        </div>
      ) : null}
      {failed ? (
        <div className="bo-error" role="alert">
          {failed}
        </div>
      ) : null}
      {page ? (
        <section aria-labelledby="audit-entries">
          <h2 id="audit-entries" className="visually-hidden">
            Entries
          </h2>
          {page.data.length === 0 ? (
            <p>No entries match.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Target</th>
                  <th scope="col">Outcome</th>
                  <th scope="col">From</th>
                  <th scope="col">Details</th>
                </tr>
              </thead>
              <tbody>
                {page.data.map((entry) => (
                  <tr key={entry.id}>
                    <td>{formatDateTime(entry.createdAt)}</td>
                    <td>{entry.actorEmail}</td>
                    <td>
                      <code>{entry.action}</code>
                      {entry.mode ? <span className="bo-hint"> ({entry.mode})</span> : null}
                    </td>
                    <td>{entry.targetId ? `${entry.targetType ?? ""} ${entry.targetId}`.trim() : "—"}</td>
                    <td>
                      <span className={outcomeClass[entry.outcome]}>{entry.outcome}</span>
                    </td>
                    <td>
                      {entry.ip ?? "unknown"}
                      {entry.userAgent ? <div className="bo-hint bo-audit-agent">{entry.userAgent}</div> : null}
                    </td>
                    <td>
                      <Details details={entry.details} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <nav className="bo-actions bo-pager" aria-label="Audit log pages">
            {filters.startingAfter ? (
              <Link href={`/dashboard/audit?${new URLSearchParams(Object.entries(form).filter(([, value]) => value)).toString()}`}>Newest entries</Link>
            ) : null}
            {page.hasMore ? <Link href={`/dashboard/audit?${next.toString()}`}>Older entries</Link> : null}
          </nav>
        </section>
      ) : null}
    </>
  );
}
