import { CHECKOUT_LOCALES, getMerchantSettings, hasRole, isCurrencyCode, toMajorString } from "@jeton/core";
import { CurrencyOptions } from "@/backoffice/currency-options";
import { RowActionForm } from "@/backoffice/row-action-form";
import { StaffForm } from "@/backoffice/staff-form";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../settings-flash";
import { describeThreeDsPolicy, localeNames } from "../settings-labels";

export const dynamic = "force-dynamic";

const BACK = "/dashboard/settings/checkout";
const fieldMessages = {
  enabledLocales: "Enable at least one language.",
  defaultLocale: "The default language must be one of the enabled languages.",
  origin: "An origin is a scheme, a host and an optional port, with no path: e.g. https://shop.example (or, for test data, http://localhost:8080).",
  returnUrl: "A return URL must use https (http only on localhost, for test data) and carry no credentials or #fragment: e.g. https://shop.example/checkout/return.",
  policy: "Choose one of the 3-D Secure policies.",
  threshold: "Give the threshold as an amount in major units with no more decimals than its currency has, e.g. 50.00.",
  currency: "Choose the threshold's currency.",
};
const errorMessages = { resource_not_found: "That entry was already removed." };

// GET /dashboard/settings/checkout – payment page languages and 3-D Secure policy (merchant-wide); allowed origins and return URLs (of the session's mode).
export default async function CheckoutSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const settings = await getMerchantSettings(context, staff.merchantId, staff.mode);
  const canEdit = hasRole(staff.role, "admin");
  const policy = settings.threeDsPolicy;
  const thresholdCurrency = policy.thresholdCurrency && isCurrencyCode(policy.thresholdCurrency) ? policy.thresholdCurrency : "EUR";
  const threshold = policy.threshold !== null ? toMajorString(policy.threshold, thresholdCurrency) : "";

  return (
    <>
      <h1>Checkout</h1>
      <SettingsFlash query={query} fieldMessages={fieldMessages} errorMessages={errorMessages} />
      <p className="bo-hint">These settings apply to test and live mode alike.</p>

      <section className="bo-card" aria-labelledby="checkout-languages">
        <h2 id="checkout-languages">Payment page languages</h2>
        <p className="bo-hint">
          The page opens in the language the payment link asks for if you offer it, otherwise in the default one; its language switcher lists only the
          languages offered.
        </p>
        {canEdit ? (
          <StaffForm action="/dashboard/settings/checkout/locales" csrf={staff.csrf} back={BACK}>
            <fieldset className="bo-field">
              <legend>Languages offered</legend>
              {CHECKOUT_LOCALES.map((locale) => (
                <label key={locale} className="bo-check">
                  <input type="checkbox" name="enabledLocales" value={locale} defaultChecked={settings.enabledLocales.includes(locale)} /> {localeNames[locale]}
                </label>
              ))}
            </fieldset>
            <div className="bo-field">
              <label htmlFor="defaultLocale">Default language</label>
              <select id="defaultLocale" name="defaultLocale" defaultValue={settings.defaultLocale}>
                {CHECKOUT_LOCALES.map((locale) => (
                  <option key={locale} value={locale}>
                    {localeNames[locale]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit">Save languages</button>
          </StaffForm>
        ) : (
          <p data-testid="locales">
            Offered: {settings.enabledLocales.map((l) => localeNames[l]).join(", ")}. Default: {localeNames[settings.defaultLocale]}.
          </p>
        )}
      </section>

      <section className="bo-card" aria-labelledby="checkout-origins">
        <h2 id="checkout-origins">Allowed origins</h2>
        <p className="bo-hint">
          The websites that may use token.js and embed the Smart Form (scheme, host and port), for {staff.mode} data only: test and live keep
          their own lists, and live takes https only.
        </p>
        <UrlList
          items={settings.origins}
          field="origin"
          caption="Allowed origins"
          empty="No origin allowed yet: token.js and the Smart Form work nowhere."
          removeAction={canEdit ? "/dashboard/settings/checkout/origins/remove" : null}
          csrf={staff.csrf}
        />
        {canEdit ? (
          <StaffForm action="/dashboard/settings/checkout/origins" csrf={staff.csrf} back={BACK} className="bo-filters">
            <div className="bo-field">
              <label htmlFor="origin">Origin to allow</label>
              <input id="origin" name="origin" type="url" required maxLength={300} placeholder="https://shop.example" />
            </div>
            <div className="bo-field">
              <button type="submit">Add origin</button>
            </div>
          </StaffForm>
        ) : null}
      </section>

      <section className="bo-card" aria-labelledby="checkout-return-urls">
        <h2 id="checkout-return-urls">Return URLs</h2>
        <p className="bo-hint">
          A {staff.mode} payment request&apos;s return and cancel URLs must start with one of these: test and live keep their own lists, and
          live takes https only.
        </p>
        <UrlList
          items={settings.returnUrls}
          field="returnUrl"
          caption="Return URL prefixes"
          empty="No return URL yet: payment requests with a return URL are refused."
          removeAction={canEdit ? "/dashboard/settings/checkout/return-urls/remove" : null}
          csrf={staff.csrf}
        />
        {canEdit ? (
          <StaffForm action="/dashboard/settings/checkout/return-urls" csrf={staff.csrf} back={BACK} className="bo-filters">
            <div className="bo-field">
              <label htmlFor="returnUrl">Return URL prefix to allow</label>
              <input id="returnUrl" name="returnUrl" type="url" required maxLength={2048} placeholder="https://shop.example/checkout/" />
            </div>
            <div className="bo-field">
              <button type="submit">Add return URL</button>
            </div>
          </StaffForm>
        ) : null}
      </section>

      <section className="bo-card" aria-labelledby="checkout-three-ds">
        <h2 id="checkout-three-ds">3-D Secure</h2>
        <p>
          Currently: <strong data-testid="three-ds-policy">{describeThreeDsPolicy(policy)}</strong>.
        </p>
        {canEdit ? (
          <StaffForm action="/dashboard/settings/checkout/three-ds" csrf={staff.csrf} back={BACK}>
            <fieldset className="bo-field">
              <legend>When to ask the cardholder to authenticate</legend>
              <label className="bo-check">
                <input type="radio" name="policy" value="issuer" defaultChecked={policy.threeDsPolicy === "issuer"} /> As the card&apos;s bank decides
              </label>
              <label className="bo-check">
                <input type="radio" name="policy" value="always" defaultChecked={policy.threeDsPolicy === "always"} /> Always
              </label>
              <label className="bo-check">
                <input type="radio" name="policy" value="above_amount" defaultChecked={policy.threeDsPolicy === "above_amount"} /> From an amount up
              </label>
            </fieldset>
            <div className="bo-filters">
              <div className="bo-field">
                <label htmlFor="threshold">Threshold (for &ldquo;from an amount up&rdquo;)</label>
                <input id="threshold" name="threshold" inputMode="decimal" pattern="\d{1,15}(\.\d{1,3})?" defaultValue={threshold} placeholder="50.00" aria-describedby="threshold-hint" />
                <p id="threshold-hint" className="bo-hint">
                  In major units (50.00 is fifty euros). Payments in other currencies follow the card&apos;s bank.
                </p>
              </div>
              <div className="bo-field">
                <label htmlFor="currency">Threshold currency</label>
                <select id="currency" name="currency" defaultValue={thresholdCurrency}>
                  <CurrencyOptions />
                </select>
              </div>
            </div>
            <button type="submit">Save 3-D Secure policy</button>
          </StaffForm>
        ) : null}
      </section>
    </>
  );
}

/** A list of origins or return URLs, each with a confirmed remove button for admins. */
function UrlList({
  items,
  field,
  caption,
  empty,
  removeAction,
  csrf,
}: {
  items: string[];
  field: "origin" | "returnUrl";
  caption: string;
  empty: string;
  removeAction: string | null;
  csrf: string;
}) {
  if (items.length === 0) return <p>{empty}</p>;
  return (
    <table data-testid={`${field}-list`}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{field === "origin" ? "Origin" : "URL prefix"}</th>
          {removeAction ? (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item}>
            <td>
              <code>{item}</code>
            </td>
            {removeAction ? (
              <td>
                <RowActionForm
                  action={removeAction}
                  csrf={csrf}
                  back={BACK}
                  className="bo-inline"
                  field={field}
                  value={item}
                  question={`Remove ${item}? ${field === "origin" ? "token.js and the Smart Form will stop working there." : "New payment requests will no longer be able to return there."}`}
                  confirmLabel="Remove"
                  danger
                  label="Remove"
                  item={item}
                />
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
