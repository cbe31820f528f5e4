import { getWebhookEndpoint, hasRole, listEndpointDeliveries } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { formatDateTime } from "@/backoffice/format-date-time";
import { RowActionForm } from "@/backoffice/row-action-form";
import { StaffForm } from "@/backoffice/staff-form";
import { orNotFound } from "@/server/backoffice/or-not-found";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../../../settings-flash";
import { MetadataSection } from "@/backoffice/metadata-section";

export const dynamic = "force-dynamic";

const attemptTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

// GET /dashboard/settings/developers/webhooks/{id} – one endpoint of the current mode: test send, delivery log, redelivery.
export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { context, staff } = await requireStaff();
  const { id } = await params;
  const query = await searchParams;
  // Another merchant's endpoint, another mode's, a deleted or made-up one: nothing to show.
  const { endpoint, log } = await orNotFound(async () => ({
    endpoint: await getWebhookEndpoint(context, { merchantId: staff.merchantId, mode: staff.mode, endpointId: id }),
    log: await listEndpointDeliveries(context, { merchantId: staff.merchantId, mode: staff.mode, endpointId: id, limit: 25 }),
  }));
  const canEdit = hasRole(staff.role, "admin");
  const here = `/dashboard/settings/developers/webhooks/${endpoint.id}`;

  return (
    <>
      <p>
        <Link href="/dashboard/settings/developers">← Developers</Link>
      </p>
      <h1>Webhook endpoint</h1>
      <SettingsFlash query={query} />
      <section className="bo-card" aria-labelledby="endpoint-details">
        <h2 id="endpoint-details">Details</h2>
        <dl className="bo-figures">
          <dt>URL</dt>
          <dd className="bo-link-url" data-testid="endpoint-url">
            {endpoint.url}
          </dd>
          <dt>Events</dt>
          <dd>{endpoint.eventTypes ? endpoint.eventTypes.join(", ") : "All events"}</dd>
          <dt>Data</dt>
          <dd>{endpoint.mode}</dd>
          <dt>Created</dt>
          <dd>{formatDateTime(endpoint.createdAt)}</dd>
        </dl>
        {canEdit ? (
          <div className="bo-actions">
            <StaffForm action={`${here}/test`} csrf={staff.csrf} back={here} className="bo-inline">
              <button type="submit">Send test event</button>
            </StaffForm>
            <StaffForm action={`${here}/delete`} csrf={staff.csrf} back={here} className="bo-inline">
              <ConfirmSubmit question={`Delete the endpoint ${endpoint.url}? Events stop going there, and its pending deliveries are given up.`} confirmLabel="Delete endpoint" danger>
                Delete endpoint
              </ConfirmSubmit>
            </StaffForm>
          </div>
        ) : null}
      </section>

      <MetadataSection description={endpoint.description} metadata={endpoint.metadata} />

      <section className="bo-card" aria-labelledby="endpoint-log">
        <h2 id="endpoint-log">Delivery log</h2>
        <p className="bo-hint">
          The 25 most recent deliveries, newest first. Failed attempts are retried for about 38 hours. <Link href={here}>Refresh</Link>
        </p>
        {log.data.length === 0 ? (
          <p>No delivery yet.</p>
        ) : (
          <table data-testid="delivery-log">
            <caption className="visually-hidden">Deliveries to this endpoint, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Queued</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                {canEdit ? (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {log.data.map((delivery) => (
                <tr key={delivery.id} data-testid="delivery-row">
                  <td>
                    <strong>{delivery.eventType}</strong>
                    <br />
                    <code className="bo-hint">{delivery.eventId}</code>
                  </td>
                  <td>{formatDateTime(delivery.createdAt)}</td>
                  <td>
                    <span className={`bo-status ${delivery.status === "succeeded" ? "bo-status-ok" : delivery.status === "failed" ? "bo-status-bad" : ""}`}>
                      {delivery.status}
                    </span>
                    {delivery.status === "pending" && delivery.nextAttemptAt ? <div className="bo-hint">next try {formatDateTime(delivery.nextAttemptAt)}</div> : null}
                  </td>
                  <td>
                    {delivery.attemptLog.length === 0 ? (
                      <span className="bo-hint">none yet</span>
                    ) : (
                      <ol className="bo-attempts">
                        {delivery.attemptLog.map((attempt, index) => (
                          <li key={index}>
                            {attemptTime.format(new Date(attempt.attemptedAt))} UTC —{" "}
                            <span data-testid="attempt-status">{attempt.statusCode === null ? "no answer" : `HTTP ${attempt.statusCode}`}</span> in{" "}
                            <span className="num">{attempt.durationMs} ms</span>
                            {attempt.error ? <div className="bo-error-text">{attempt.error}</div> : null}
                          </li>
                        ))}
                      </ol>
                    )}
                  </td>
                  {canEdit ? (
                    <td>
                      <RowActionForm
                        action={`${here}/redeliver`}
                        csrf={staff.csrf}
                        back={here}
                        className="bo-inline"
                        field="eventId"
                        value={delivery.eventId}
                        question={`Send the ${delivery.eventType} event ${delivery.eventId} again, now, to every endpoint that takes it?`}
                        confirmLabel="Redeliver"
                        label="Redeliver"
                        item={delivery.eventId}
                      />
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
