import { getMerchantSettings, hasRole, MAX_LOGO_BYTES } from "@jeton/core";
import { requireStaff } from "@/server/backoffice/require-staff";
import { SettingsFlash } from "../settings-flash";
import { BrandingEditor } from "./branding-editor";
import { BrandingPreview } from "./branding-preview";

export const dynamic = "force-dynamic";

const fieldMessages = {
  displayName: "The display name has 1 to 100 characters.",
  primaryColor:
    "The primary colour was refused: it must be written #rrggbb, and dark enough for the pay button's white text to reach the WCAG AA contrast of 4.5:1. Choose a darker colour.",
  backgroundColor:
    "The background colour was refused: it must be written #rrggbb, and light enough for the page's text to reach the WCAG AA contrast of 4.5:1. Choose a lighter colour.",
  logo: "The logo was refused: it must be a PNG, JPEG or WebP image (checked from its content, not its name) of 200 KB at most. SVG is not accepted.",
};
const errorMessages = { body_too_large: "The logo was refused: it is larger than 200 KB." };

// GET /dashboard/settings/branding – the payment page's name, logo and colours (merchant-wide: test and live alike).
export default async function BrandingSettingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const settings = await getMerchantSettings(context, staff.merchantId, staff.mode);
  const initial = { displayName: settings.displayName, primaryColor: settings.primaryColor, backgroundColor: settings.backgroundColor, logoUrl: settings.logoUrl };
  return (
    <>
      <h1>Branding</h1>
      <SettingsFlash query={query} fieldMessages={fieldMessages} errorMessages={errorMessages} />
      <p className="bo-hint">How the payment page looks to your customers, in test and live mode alike.</p>
      {hasRole(staff.role, "admin") ? (
        <BrandingEditor csrf={staff.csrf} initial={initial} maxLogoBytes={MAX_LOGO_BYTES} />
      ) : (
        <div className="bo-branding">
          <section className="bo-card" aria-labelledby="branding-current">
            <h2 id="branding-current">Current branding</h2>
            <dl className="bo-figures">
              <dt>Display name</dt>
              <dd>{settings.displayName}</dd>
              <dt>Primary colour</dt>
              <dd>
                <code>{settings.primaryColor}</code>
              </dd>
              <dt>Background colour</dt>
              <dd>
                <code>{settings.backgroundColor}</code>
              </dd>
              <dt>Logo</dt>
              <dd>{settings.logoUrl ? "Uploaded" : "None"}</dd>
            </dl>
            <p className="bo-hint">An admin or owner can change the branding.</p>
          </section>
          <BrandingPreview displayName={settings.displayName} primaryColor={settings.primaryColor} backgroundColor={settings.backgroundColor} logoSrc={settings.logoUrl} />
        </div>
      )}
    </>
  );
}
