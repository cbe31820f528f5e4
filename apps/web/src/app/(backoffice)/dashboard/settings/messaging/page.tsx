import { getMessagingSettings, hasRole, MAX_REMINDER_STEPS } from "@jeton/core";
import Link from "next/link";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../settings-flash";
import { previewTemplates } from "./preview-templates";

export const dynamic = "force-dynamic";

/** The zones the runtime knows, offered as suggestions; any IANA name it accepts may be typed. */
const timeZoneNames = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((name) => name !== "UTC")];

const BACK = "/dashboard/settings/messaging";
const fieldMessages = {
  reminderSteps: "Each reminder needs a number of days (1 to 30, two steps never on the same day) and at least one channel.",
  confirmationEmails: "List valid email addresses, one per line (10 at most).",
  digestEmails: "List valid email addresses, one per line (10 at most).",
  timeZone: "Give a time zone name such as Europe/Paris, America/New_York or UTC.",
  digestHour: "Choose an hour from 0 to 23.",
  maxMessagesPerHour: "Give a whole number from 1 to 100000.",
  maxPerRecipientPerDay: "Give a whole number from 1 to 1000.",
};

// GET /dashboard/settings/messaging – receipts, the reminder scenario, merchant notifications, abuse limits, template previews.
export default async function MessagingSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const settings = await getMessagingSettings(context, staff.merchantId);
  const canEdit = hasRole(staff.role, "admin");
  const steps = Array.from({ length: MAX_REMINDER_STEPS }, (_, index) => settings.reminderSteps[index]);
  return (
    <>
      <h1>Messaging</h1>
      <SettingsFlash query={query} fieldMessages={fieldMessages} errorMessages={{}} />
      <p className="bo-hint">Emails and SMS sent on your behalf, with your branding. These settings apply to test and live mode alike.</p>
      <StaffForm action="/dashboard/settings/messaging/save" csrf={staff.csrf} back={BACK}>
        <fieldset className="bo-card" disabled={!canEdit}>
          <legend>Receipts</legend>
          <label className="bo-check">
            <input type="checkbox" name="receiptsEnabled" defaultChecked={settings.receiptsEnabled} /> Email the customer a receipt after each successful payment and each refund (when their email is known)
          </label>
        </fieldset>
        <fieldset className="bo-card" disabled={!canEdit}>
          <legend>Reminders</legend>
          <p className="bo-hint">
            A payment link sent by email or SMS and still unpaid gets these reminders, counted from the day it was sent, on the channels it was sent on.
            They stop as soon as it is paid, canceled or expired. Up to {MAX_REMINDER_STEPS}; leave the days empty for none.
          </p>
          {steps.map((step, index) => (
            <div className="bo-field" key={index}>
              <label htmlFor={`step${index}Days`}>Reminder {index + 1}: days after sending</label>
              <input id={`step${index}Days`} name={`step${index}Days`} type="number" min={1} max={30} defaultValue={step?.afterDays ?? ""} />
              <label className="bo-check">
                <input type="checkbox" name={`step${index}Email`} defaultChecked={step ? step.channels.includes("email") : true} /> by email
              </label>
              <label className="bo-check">
                <input type="checkbox" name={`step${index}Sms`} defaultChecked={step?.channels.includes("sms") ?? false} /> by SMS
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="bo-card" disabled={!canEdit}>
          <legend>Notifications to you</legend>
          <div className="bo-field">
            <label htmlFor="confirmationEmails">A confirmation of every payment to (one address per line)</label>
            <textarea id="confirmationEmails" name="confirmationEmails" rows={3} defaultValue={settings.confirmationEmails.join("\n")} />
          </div>
          <div className="bo-field">
            <label htmlFor="digestEmails">A daily digest of payments, refunds and refusals to (one address per line)</label>
            <textarea id="digestEmails" name="digestEmails" rows={3} defaultValue={settings.digestEmails.join("\n")} />
            <div className="bo-hint">Sent each day at the hour below, in your time zone, for the day before (midnight to midnight there), per mode with activity.</div>
          </div>
          <div className="bo-field">
            <label htmlFor="timeZone">Your time zone</label>
            <input id="timeZone" name="timeZone" list="timeZones" maxLength={64} required defaultValue={settings.timeZone} aria-describedby="timeZone-hint" />
            <datalist id="timeZones">
              {timeZoneNames.map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            <div id="timeZone-hint" className="bo-hint">
              A name from the time zone database, e.g. Europe/Paris, Africa/Tunis, America/Montreal or UTC. Summer time follows its rules.
            </div>
          </div>
          <div className="bo-field">
            <label htmlFor="digestHour">Send the digest at</label>
            <select id="digestHour" name="digestHour" defaultValue={String(settings.digestHour)}>
              {Array.from({ length: 24 }, (_, hour) => (
                <option key={hour} value={hour}>
                  {`${String(hour).padStart(2, "0")}:00`}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <fieldset className="bo-card" disabled={!canEdit}>
          <legend>Limits</legend>
          <div className="bo-field">
            <label htmlFor="maxMessagesPerHour">Messages per hour, at most</label>
            <input id="maxMessagesPerHour" name="maxMessagesPerHour" type="number" min={1} defaultValue={settings.maxMessagesPerHour} />
          </div>
          <div className="bo-field">
            <label htmlFor="maxPerRecipientPerDay">Messages per recipient per day, at most</label>
            <input id="maxPerRecipientPerDay" name="maxPerRecipientPerDay" type="number" min={1} defaultValue={settings.maxPerRecipientPerDay} />
          </div>
        </fieldset>
        {canEdit ? <button type="submit">Save messaging settings</button> : null}
      </StaffForm>
      <section className="bo-card" aria-labelledby="previews">
        <h2 id="previews">Preview the templates</h2>
        <ul>
          {previewTemplates.map(([template, label]) => (
            <li key={template}>
              {label}:{" "}
              {(["fr", "en", "ar"] as const).map((locale) => (
                <span key={locale}>
                  <Link href={`/dashboard/settings/messaging/preview?template=${template}&locale=${locale}`}>{locale}</Link>{" "}
                </span>
              ))}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
