import { getMerchantSettings, hasRole, listWebhookEndpoints } from "@jeton/core";
import Link from "next/link";
import { requireStaff } from "@/server/backoffice/require-staff";
import { describeThreeDsPolicy, localeNames } from "./settings-labels";

export const dynamic = "force-dynamic";

// GET /dashboard/settings – what is set, at a glance, with a way into each part.
export default async function SettingsPage() {
  const { context, staff } = await requireStaff();
  const settings = await getMerchantSettings(context, staff.merchantId, staff.mode);
  const endpoints = await listWebhookEndpoints(context, { merchantId: staff.merchantId, mode: staff.mode });
  return (
    <>
      <h1>Settings</h1>
      {hasRole(staff.role, "admin") ? null : <p className="bo-hint">Your role can read the settings; an admin or owner can change them.</p>}
      <div className="bo-grid">
        <section className="bo-card" aria-labelledby="overview-branding">
          <h2 id="overview-branding">Branding</h2>
          <p>
            The payment page shows <strong>{settings.displayName}</strong>
            {settings.logoUrl ? " with a logo" : " without a logo"}.
          </p>
          <Link href="/dashboard/settings/branding">Branding settings</Link>
        </section>
        <section className="bo-card" aria-labelledby="overview-checkout">
          <h2 id="overview-checkout">Checkout</h2>
          <p>
            Languages: {settings.enabledLocales.map((l) => localeNames[l]).join(", ")} (default {localeNames[settings.defaultLocale]}). 3-D Secure:{" "}
            {describeThreeDsPolicy(settings.threeDsPolicy)}. {settings.origins.length} allowed origin(s), {settings.returnUrls.length} return URL(s).
          </p>
          <Link href="/dashboard/settings/checkout">Checkout settings</Link>
        </section>
        <section className="bo-card" aria-labelledby="overview-developers">
          <h2 id="overview-developers">Developers</h2>
          <p>
            API keys and {endpoints.data.length} webhook endpoint(s) for {staff.mode} data.
          </p>
          <Link href="/dashboard/settings/developers">Developer settings</Link>
        </section>
        {hasRole(staff.role, "owner") ? (
          <section className="bo-card" aria-labelledby="overview-staff">
            <h2 id="overview-staff">Staff</h2>
            <p>Who can sign in to this back-office, and with which role.</p>
            <Link href="/dashboard/settings/staff">Staff settings</Link>
          </section>
        ) : null}
      </div>
    </>
  );
}
