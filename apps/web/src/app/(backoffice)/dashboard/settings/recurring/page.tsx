import { getRecurringSettings, hasRole } from "@jeton/core";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../settings-flash";

export const dynamic = "force-dynamic";

const fieldMessages = {
  retryDays: "Give up to 5 whole days from 1 to 30, in ascending order, separated by commas: e.g. 1, 3, 5 (empty: no retry).",
  afterRetries: "Choose what happens after the last failed retry.",
};

// GET /dashboard/settings/recurring – when failed subscription and instalment charges are retried, and what follows the last failure.
export default async function RecurringSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const settings = await getRecurringSettings(context, staff.merchantId);
  const canEdit = hasRole(staff.role, "admin");
  return (
    <>
      <h1>Recurring payments</h1>
      <SettingsFlash query={query} fieldMessages={fieldMessages} errorMessages={{}} />
      <section className="bo-card" aria-labelledby="dunning">
        <h2 id="dunning">Retries of failed charges</h2>
        <p className="bo-hint">
          A subscription or instalment charge that fails is tried again this many days after its due date. Lost, stolen or closed cards, and deleted
          cards, are not retried. After the last failure a subscription becomes past due, then is canceled or stays past due; an instalment plan defaults.
        </p>
        {canEdit ? (
          <StaffForm action="/dashboard/settings/recurring/update" csrf={staff.csrf} back="/dashboard/settings/recurring">
            <div className="bo-field">
              <label htmlFor="retryDays">Retry after (days)</label>
              <input id="retryDays" name="retryDays" defaultValue={settings.retryDays.join(", ")} maxLength={50} />
            </div>
            <div className="bo-field">
              <label htmlFor="afterRetries">After the last failed retry</label>
              <select id="afterRetries" name="afterRetries" defaultValue={settings.afterRetries}>
                <option value="cancel">Cancel the subscription</option>
                <option value="past_due">Leave it past due</option>
              </select>
            </div>
            <button type="submit">Save</button>
          </StaffForm>
        ) : (
          <p data-testid="recurring-settings">
            Retries after {settings.retryDays.join(", ") || "none"} days; then {settings.afterRetries === "cancel" ? "canceled" : "left past due"}.
          </p>
        )}
      </section>
    </>
  );
}
