import type { MerchantAlertView } from "@jeton/core";
import { formatDateTime } from "./format-date-time";

/**
 * The card-testing defence's alerts of the last 24 hours, on every back-office
 * page: a decline-rate spike usually means someone is testing stolen cards on
 * the shop. The same alert reaches the merchant's server as the
 * `merchant.decline_rate_spike` webhook.
 */
export function MerchantAlertsBanner({ alerts }: { alerts: MerchantAlertView[] }) {
  if (alerts.length === 0) return null;
  return (
    <section className="bo-alert" role="alert" aria-labelledby="bo-alerts-title" data-testid="decline-spike-alert">
      <h2 id="bo-alerts-title">Decline rate spike</h2>
      <ul>
        {alerts.map((alert) => (
          <li key={alert.id}>
            {alert.declines} of {alert.attempts} payments refused ({alert.declineRate}%) between {formatDateTime(alert.windowStart)} and{" "}
            {formatDateTime(alert.windowEnd)}.
          </li>
        ))}
      </ul>
      <p>
        This often means a script is testing stolen cards on your checkout. Card attempts are already challenged and then blocked per
        address and per card; review the declined payments under Payments, and blacklist cards if needed.
      </p>
    </section>
  );
}
