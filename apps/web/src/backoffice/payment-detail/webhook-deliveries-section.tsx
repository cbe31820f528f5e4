import type { TransactionWebhookDelivery } from "@jeton/core";
import { formatDateTime } from "@/backoffice/format-date-time";

export function WebhookDeliveriesSection({ deliveries }: { deliveries: TransactionWebhookDelivery[] }) {
  return (
    <section className="bo-card" aria-labelledby="webhooks">
      <h2 id="webhooks">Webhook deliveries</h2>
      {deliveries.length === 0 ? (
        <p className="bo-hint">No webhook deliveries: no endpoint was subscribed to this payment&apos;s events.</p>
      ) : (
        <table data-testid="webhook-deliveries">
          <caption className="visually-hidden">Webhook deliveries of this payment&apos;s events</caption>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Endpoint</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Attempts
              </th>
              <th scope="col">Last attempt</th>
              <th scope="col">Last status code</th>
            </tr>
          </thead>
          <tbody>
            {deliveries.map((delivery) => (
              <tr key={delivery.id}>
                <td>
                  <code>{delivery.eventType}</code>
                </td>
                <td className="bo-link-url">{delivery.url}</td>
                <td>
                  <span className={`bo-status ${delivery.status === "succeeded" ? "bo-status-ok" : delivery.status === "failed" ? "bo-status-bad" : ""}`.trim()}>
                    {delivery.status === "succeeded" ? "Delivered" : delivery.status === "failed" ? "Failed" : "Pending"}
                  </span>
                </td>
                <td className="num">{delivery.attempts}</td>
                <td>{delivery.lastAttemptAt ? formatDateTime(delivery.lastAttemptAt) : <span className="bo-hint">not yet</span>}</td>
                <td>{delivery.lastStatusCode ?? <span className="bo-hint">none</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
