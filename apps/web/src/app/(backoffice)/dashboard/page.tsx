import { declineReasons, getDashboardStats, isDeclineCode, type AcceptanceRate, type DashboardStats, type ThreeDsOutcome } from "@jeton/core";
import { BarChart } from "@/backoffice/charts/bar-chart";
import type { ChartTone } from "@/backoffice/charts/chart-colors";
import { HorizontalBarChart } from "@/backoffice/charts/horizontal-bar-chart";
import { FlashMessage } from "@/backoffice/flash-message";
import { formatMoney } from "@/backoffice/format-money";
import { requireStaff } from "@/server/backoffice/require-staff";

export const dynamic = "force-dynamic";

const payments = (count: number) => `${count} ${count === 1 ? "payment" : "payments"}`;
const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;
const monthDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** Decline reasons in words; the codes are the acquirer's (SPEC §5) plus the platform's own refusals. */
function declineLabel(reason: string): string {
  if (reason === "blocked") return "Blocked by a risk rule";
  if (reason === "authentication_failed") return "3-D Secure failed";
  if (reason === "processing_error") return "Processing error";
  if (reason === "unknown") return "No reason given";
  if (isDeclineCode(reason)) {
    const words = reason.replaceAll("_", " ");
    return `${words[0]!.toUpperCase()}${words.slice(1)} (${declineReasons[reason].responseCode})`;
  }
  return reason;
}

const threeDsLabels: Record<ThreeDsOutcome, { label: string; tone: ChartTone }> = {
  frictionless: { label: "Frictionless (Y/A)", tone: "ok" },
  challenged_ok: { label: "Challenged, passed", tone: "ok" },
  failed: { label: "Failed (N/R)", tone: "bad" },
  abandoned: { label: "Challenge abandoned", tone: "bad" },
  unavailable: { label: "Unavailable (U)", tone: "neutral" },
  pending: { label: "Challenge in progress", tone: "neutral" },
  not_applicable: { label: "No 3-D Secure", tone: "neutral" },
};

function rateDisplay(rate: AcceptanceRate): string {
  return rate.rate === null ? "no decision yet" : `${percent(rate.rate)} (${rate.approved} of ${rate.decided})`;
}

function Volumes({ stats }: { stats: DashboardStats }) {
  if (stats.volumes.length === 0) return <p className="bo-hint">No accepted payments in the last 30 days.</p>;
  return (
    <div className="bo-grid">
      {stats.volumes.map((volume) => (
        <div key={volume.currency} className="bo-card" data-testid={`volume-${volume.currency}`}>
          <h3>{volume.currency}</h3>
          <dl className="bo-figures">
            <dt>Today</dt>
            <dd>
              <strong>{formatMoney(volume.today.amount, volume.currency)}</strong> · {payments(volume.today.count)}
            </dd>
            <dt>Last 30 days</dt>
            <dd>
              <strong>{formatMoney(volume.last30Days.amount, volume.currency)}</strong> · {payments(volume.last30Days.count)}
            </dd>
            {volume.last30Days.refunded > 0 ? (
              <>
                <dt>Of which refunded</dt>
                <dd>{formatMoney(volume.last30Days.refunded, volume.currency)}</dd>
              </>
            ) : null}
          </dl>
        </div>
      ))}
    </div>
  );
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const stats = await getDashboardStats(context, { merchantId: staff.merchantId, mode: staff.mode });
  const { today, last30Days } = stats.acceptance;
  const declineTotal = stats.declines.reduce((sum, entry) => sum + entry.count, 0);
  const threeDsTotal = stats.threeDs.reduce((sum, entry) => sum + entry.count, 0);
  const topDecline = stats.declines[0];

  return (
    <>
      <h1>Dashboard</h1>
      <FlashMessage notice={query.notice} error={query.error} />
      <p className="bo-hint">
        {staff.mode === "live" ? "Live" : "Test"} data. Days are UTC days; “today” started at 00:00 UTC. Accepted payments are those the issuer
        approved and that were not canceled (authorized, captured, settled, refunded in part or in full); amounts are before refunds.
      </p>

      <section className="bo-card" aria-labelledby="volume-heading">
        <h2 id="volume-heading">Volume</h2>
        <Volumes stats={stats} />
      </section>

      <section className="bo-card" aria-labelledby="acceptance-heading">
        <h2 id="acceptance-heading">Acceptance rate</h2>
        <HorizontalBarChart
          id="acceptance-chart"
          title="Acceptance rate"
          summary={`Today: ${rateDisplay(today)}. Last 30 days: ${rateDisplay(last30Days)}.`}
          max={1}
          // Nothing decided in 30 days: the empty state, not two empty bars (a 0% rate with decisions still draws).
          bars={
            last30Days.decided === 0
              ? []
              : [
                  { label: "Today", value: today.rate ?? 0, display: rateDisplay(today), tone: "ok" },
                  { label: "Last 30 days", value: last30Days.rate ?? 0, display: rateDisplay(last30Days), tone: "ok" },
                ]
          }
          empty="No payment was approved or refused in the last 30 days."
          headers={["Period", "Approved of decided"]}
        />
        <p className="bo-hint">Approved payments out of those that got an answer (approved, declined, blocked or failing 3-D Secure); abandoned challenges are left out.</p>
      </section>

      <section className="bo-card" aria-labelledby="daily-heading">
        <h2 id="daily-heading">Daily volume, last 30 days</h2>
        {stats.daily.length === 0 ? <p className="bo-hint">No accepted payments in the last 30 days.</p> : null}
        {stats.daily.map((series) => {
          const sum = series.days.reduce((acc, day) => acc + day.amount, 0);
          const best = series.days.reduce((top, day) => (day.amount > top.amount ? day : top), series.days[0]!);
          return (
            <div key={series.currency} className="bo-chart-block">
              <h3>{series.currency}</h3>
              <BarChart
                id={`daily-${series.currency}`}
                title={`Daily volume in ${series.currency}, last 30 days`}
                summary={`${formatMoney(sum, series.currency)} over 30 days; highest on ${best.date} with ${formatMoney(best.amount, series.currency)}.`}
                format={(value) => formatMoney(value, series.currency)}
                bars={series.days.map((day, index) => ({
                  label: day.date,
                  // A tick every fifth day, counted back from today so that today always has one.
                  tick: (series.days.length - 1 - index) % 5 === 0 ? monthDay.format(new Date(`${day.date}T00:00:00Z`)) : undefined,
                  value: day.amount,
                  display: `${formatMoney(day.amount, series.currency)} (${payments(day.count)})`,
                }))}
                empty={`No accepted payments in ${series.currency} in the last 30 days.`}
                headers={["Day (UTC)", "Volume"]}
              />
            </div>
          );
        })}
      </section>

      <section className="bo-card" aria-labelledby="declines-heading">
        <h2 id="declines-heading">Refusals by reason, last 30 days</h2>
        <HorizontalBarChart
          id="declines-chart"
          title="Refusals by reason, last 30 days"
          summary={
            topDecline
              ? `${declineTotal} refused payments; most often: ${declineLabel(topDecline.reason)} (${topDecline.count}).`
              : "No refused payments."
          }
          bars={stats.declines.map((entry) => ({
            label: declineLabel(entry.reason),
            value: entry.count,
            display: `${entry.count} (${percent(entry.count / declineTotal)})`,
            tone: "bad",
          }))}
          empty="No refused payments in the last 30 days."
          headers={["Reason", "Refusals"]}
        />
      </section>

      <section className="bo-card" aria-labelledby="three-ds-heading">
        <h2 id="three-ds-heading">3-D Secure outcomes, last 30 days</h2>
        <HorizontalBarChart
          id="three-ds-chart"
          title="3-D Secure outcomes, last 30 days"
          summary={stats.threeDs
            .filter((entry) => entry.count > 0)
            .map((entry) => `${threeDsLabels[entry.outcome].label}: ${entry.count}`)
            .join("; ")}
          bars={stats.threeDs.map((entry) => ({
            label: threeDsLabels[entry.outcome].label,
            value: entry.count,
            display: threeDsTotal === 0 ? "0" : `${entry.count} (${percent(entry.count / threeDsTotal)})`,
            tone: threeDsLabels[entry.outcome].tone,
          }))}
          empty="No payment attempts in the last 30 days."
          headers={["Outcome", "Payments"]}
        />
      </section>
    </>
  );
}
