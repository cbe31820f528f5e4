import { hasRole, listApiKeys, listWebhookEndpoints } from "@jeton/core";
import Link from "next/link";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { CopyButton } from "@/backoffice/copy-button";
import { firstParam } from "@/backoffice/first-param";
import { formatDateTime } from "@/backoffice/format-date-time";
import { MetadataEditor } from "@/backoffice/metadata-editor";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../settings-flash";
import { SecretRevealForm } from "./secret-reveal-form";

export const dynamic = "force-dynamic";

const BACK = "/dashboard/settings/developers";
const fieldMessages = {
  url: "The endpoint URL was refused: it must be an absolute http(s) URL without credentials, and https for live data.",
  events: "The event types were refused: write them like transaction.captured, separated by commas or spaces, or leave the field empty for every event.",
};
const errorMessages = {
  webhook_url_not_allowed:
    "The endpoint URL was refused: its host is, or resolves to, an address webhooks are not sent to (a private, loopback or link-local network, a cloud metadata service), or it does not resolve. Nothing was saved.",
};

// GET /dashboard/settings/developers – API keys and webhook endpoints of the current mode (test or live data).
export default async function DevelopersSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const keys = await listApiKeys(context, { merchantId: staff.merchantId, mode: staff.mode });
  const endpoints = await listWebhookEndpoints(context, { merchantId: staff.merchantId, mode: staff.mode });
  const canEdit = hasRole(staff.role, "admin");
  const publishable = keys.filter((key) => key.kind === "publishable");
  const secret = keys.filter((key) => key.kind === "secret");
  const modeName = staff.mode === "live" ? "live" : "test";

  return (
    <>
      <h1>Developers</h1>
      <SettingsFlash query={query} fieldMessages={fieldMessages} errorMessages={errorMessages} />
      <p className="bo-hint">
        Keys and webhook endpoints of <strong>{modeName} data</strong>. Switch to {staff.mode === "live" ? "test" : "live"} data at the top of the page to see
        the others.
      </p>

      <section className="bo-card" aria-labelledby="developers-keys">
        <h2 id="developers-keys">API keys ({modeName})</h2>
        <dl className="bo-figures">
          <dt>Publishable key</dt>
          <dd>
            {publishable.map((key) => (
              <span key={key.id}>
                <code data-testid="publishable-key">{key.publishableKey}</code> <CopyButton text={key.publishableKey ?? ""} label="Copy publishable key" />
              </span>
            ))}
            <span className="bo-hint"> For token.js and the Smart Form, in the browser.</span>
          </dd>
          <dt>Secret key</dt>
          <dd>
            {secret.length === 0 ? "None" : null}
            {secret.map((key) => (
              <span key={key.id}>
                <code data-testid="secret-key-redacted">{key.redacted}</code>{" "}
                <span className="bo-hint">created {formatDateTime(key.createdAt)}; shown in full only when made.</span>
              </span>
            ))}
          </dd>
        </dl>
        {canEdit ? (
          <SecretRevealForm action="/dashboard/settings/developers/keys/roll" csrf={staff.csrf} back={BACK} secretField="secretKey" secretLabel={`Your new ${modeName} secret key.`}>
            <ConfirmSubmit
              question={`Roll the ${modeName} secret key? The current one stops working at once: your servers get errors until they use the new key, which is shown only once.`}
              confirmLabel="Roll secret key"
              danger
            >
              Roll secret key
            </ConfirmSubmit>
          </SecretRevealForm>
        ) : null}
      </section>

      <section className="bo-card" aria-labelledby="developers-webhooks">
        <h2 id="developers-webhooks">Webhook endpoints ({modeName})</h2>
        {endpoints.data.length === 0 ? (
          <p>No webhook endpoint for {modeName} data.</p>
        ) : (
          <table data-testid="webhook-endpoints">
            <caption className="visually-hidden">Webhook endpoints, newest first</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Events</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Details</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {endpoints.data.map((endpoint) => (
                <tr key={endpoint.id}>
                  <td className="bo-link-url">{endpoint.url}</td>
                  <td>{endpoint.eventTypes ? endpoint.eventTypes.join(", ") : "All events"}</td>
                  <td>{formatDateTime(endpoint.createdAt)}</td>
                  <td>
                    <Link href={`/dashboard/settings/developers/webhooks/${endpoint.id}`}>
                      Delivery log<span className="visually-hidden"> of {endpoint.url}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canEdit ? (
          <>
            <h3>Add an endpoint</h3>
            <SecretRevealForm
              action="/dashboard/settings/developers/webhooks/create"
              csrf={staff.csrf}
              back={BACK}
              secretField="secret"
              secretLabel="The endpoint's signing secret (whsec_…): your server verifies webhooks with it."
              linkBase="/dashboard/settings/developers/webhooks/"
            >
              <div className="bo-field">
                <label htmlFor="url">Endpoint URL</label>
                <input id="url" name="url" type="url" required maxLength={2048} size={50} placeholder="https://shop.example/webhooks/jeton" />
              </div>
              <div className="bo-field">
                <label htmlFor="events">Event types</label>
                <input id="events" name="events" maxLength={8000} size={50} aria-describedby="events-hint" placeholder="transaction.captured, refund.created" />
                <p id="events-hint" className="bo-hint">
                  Separated by commas or spaces. Leave empty to receive every event.
                </p>
              </div>
              <MetadataEditor idPrefix="endpoint" invalid={firstParam(query.param)} />
              <button type="submit">Add endpoint</button>
            </SecretRevealForm>
          </>
        ) : null}
      </section>
    </>
  );
}
