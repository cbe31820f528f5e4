import Link from "next/link";
import { CurrencyOptions } from "@/backoffice/currency-options";
import { firstParam } from "@/backoffice/first-param";
import { FlashMessage } from "@/backoffice/flash-message";
import { MetadataEditor } from "@/backoffice/metadata-editor";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";
import { DEFAULT_LINK_LIFETIME, linkLifetimes } from "../create/schema";

export const dynamic = "force-dynamic";

// GET /dashboard/links/new – the form that makes a payment link (admin and owner; a viewer gets a 404).
export default async function NewPaymentLinkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { staff } = await requireStaff("admin");
  const query = await searchParams;
  return (
    <>
      <h1>New payment link</h1>
      <FlashMessage notice={query.notice} error={query.error} param={query.param} />
      <div className="bo-card">
        <StaffForm action="/dashboard/links/create" csrf={staff.csrf} back="/dashboard/links/new">
          <div className="bo-field">
            <label htmlFor="link-amount">Amount</label>
            <input
              id="link-amount"
              name="amount"
              inputMode="decimal"
              required
              pattern="[0-9]{1,15}([.][0-9]{1,3})?"
              aria-describedby="link-amount-hint"
              autoComplete="off"
            />
            <div id="link-amount-hint" className="bo-hint">
              In major units, with a dot: 25.50 EUR, 12.345 TND, 500 JPY.
            </div>
          </div>
          <div className="bo-field">
            <label htmlFor="link-currency">Currency</label>
            <select id="link-currency" name="currency" defaultValue="EUR" required>
              <CurrencyOptions />
            </select>
          </div>
          <div className="bo-field">
            <label htmlFor="link-reference">Reference (optional)</label>
            <input id="link-reference" name="merchantReference" maxLength={64} aria-describedby="link-reference-hint" autoComplete="off" />
            <div id="link-reference-hint" className="bo-hint">
              Your order or invoice number; the customer sees it on the payment page.
            </div>
          </div>
          <div className="bo-field">
            <label htmlFor="link-email">Customer email (optional)</label>
            <input id="link-email" name="customerEmail" type="email" maxLength={254} autoComplete="off" />
            <label className="bo-check">
              <input type="checkbox" name="sendByEmail" data-testid="link-send-email" /> Send the link to this email now
            </label>
          </div>
          <div className="bo-field">
            <label htmlFor="link-phone">Send by SMS to (optional)</label>
            <input id="link-phone" name="sendToPhone" type="tel" maxLength={32} autoComplete="off" aria-describedby="link-phone-hint" />
            <div id="link-phone-hint" className="bo-hint">
              International form with the country code, e.g. +33612345678. Reminders follow your scenario in Settings → Messaging.
            </div>
          </div>
          <MetadataEditor idPrefix="link" invalid={firstParam(query.param)} />
          <div className="bo-field">
            <label htmlFor="link-expires">Expires after</label>
            <select id="link-expires" name="expiresIn" defaultValue={DEFAULT_LINK_LIFETIME}>
              {Object.entries(linkLifetimes).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="bo-actions">
            <button type="submit">Create payment link</button>
            <Link href="/dashboard/links">Cancel</Link>
          </div>
        </StaffForm>
      </div>
    </>
  );
}
