"use client";

import { brandingContrastProblems, contrastRatio, HEX_COLOR, MIN_TEXT_CONTRAST, PAYMENT_PAGE_BUTTON_TEXT, PAYMENT_PAGE_TEXT_COLORS } from "@jeton/core/merchants/branding-contrast";
import { useEffect, useState } from "react";
import { ConfirmSubmit } from "@/backoffice/confirm-submit";
import { StaffForm } from "@/backoffice/staff-form";
import { BrandingPreview } from "./branding-preview";

const LOGO_TYPES = ["image/png", "image/jpeg", "image/webp"];
const isHex = (value: string) => HEX_COLOR.test(value.trim().toLowerCase());

/**
 * The branding forms and a live preview of the payment page. Every check here
 * (contrast, logo type and size) is a courtesy: the server makes the same ones
 * (core updateBranding / setMerchantLogo) and is the one that decides.
 */
export function BrandingEditor({
  csrf,
  initial,
  maxLogoBytes,
}: {
  csrf: string;
  initial: { displayName: string; primaryColor: string; backgroundColor: string; logoUrl: string | null };
  maxLogoBytes: number;
}) {
  const [displayName, setDisplayName] = useState(initial.displayName);
  const [primaryColor, setPrimaryColor] = useState(initial.primaryColor);
  const [backgroundColor, setBackgroundColor] = useState(initial.backgroundColor);
  const [logoFileUrl, setLogoFileUrl] = useState<string | null>(null);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);

  // An object URL holds the file in memory until revoked: one at a time, none after leaving.
  useEffect(() => () => {
    if (logoFileUrl) URL.revokeObjectURL(logoFileUrl);
  }, [logoFileUrl]);

  // The preview keeps the last valid colour while one is being typed.
  const [shownPrimary, setShownPrimary] = useState(initial.primaryColor);
  const [shownBackground, setShownBackground] = useState(initial.backgroundColor);
  useEffect(() => {
    if (isHex(primaryColor)) setShownPrimary(primaryColor.trim().toLowerCase());
  }, [primaryColor]);
  useEffect(() => {
    if (isHex(backgroundColor)) setShownBackground(backgroundColor.trim().toLowerCase());
  }, [backgroundColor]);

  const colorsValid = isHex(primaryColor) && isHex(backgroundColor);
  const problems = colorsValid ? brandingContrastProblems({ primaryColor: shownPrimary, backgroundColor: shownBackground }) : [];
  const buttonRatio = contrastRatio(PAYMENT_PAGE_BUTTON_TEXT, shownPrimary);
  const textRatio = Math.min(...Object.values(PAYMENT_PAGE_TEXT_COLORS).map((color) => contrastRatio(color, shownBackground)));
  const ratio = (value: number) => `${(Math.floor(value * 100) / 100).toFixed(2)}:1`;

  return (
    <div className="bo-branding">
      <div>
        <section className="bo-card" aria-labelledby="branding-name-colours">
          <h2 id="branding-name-colours">Name and colours</h2>
          <StaffForm action="/dashboard/settings/branding/update" csrf={csrf} back="/dashboard/settings/branding">
            <div className="bo-field">
              <label htmlFor="displayName">Display name</label>
              <input id="displayName" name="displayName" required maxLength={100} value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
            </div>
            <ColorField
              id="primaryColor"
              label="Primary colour (pay button)"
              hint="Written #rrggbb. The button's text is white: the colour must be dark enough."
              value={primaryColor}
              shown={shownPrimary}
              onChange={setPrimaryColor}
            />
            <ColorField
              id="backgroundColor"
              label="Background colour"
              hint="Written #rrggbb. The page's text is dark: the colour must be light enough."
              value={backgroundColor}
              shown={shownBackground}
              onChange={setBackgroundColor}
            />
            <div role="status" aria-live="polite" className="bo-contrast" data-testid="contrast-status">
              {!colorsValid ? (
                <p className="bo-hint">Colours are written #rrggbb, e.g. #3b3bd6.</p>
              ) : (
                <ul>
                  <li className={buttonRatio >= MIN_TEXT_CONTRAST ? "bo-status-ok" : "bo-status-bad"}>
                    Pay button text: {ratio(buttonRatio)} {buttonRatio >= MIN_TEXT_CONTRAST ? "(passes WCAG AA)" : "(too low: WCAG AA needs 4.5:1)"}
                  </li>
                  <li className={textRatio >= MIN_TEXT_CONTRAST ? "bo-status-ok" : "bo-status-bad"}>
                    Page text: {ratio(textRatio)} {textRatio >= MIN_TEXT_CONTRAST ? "(passes WCAG AA)" : "(too low: WCAG AA needs 4.5:1)"}
                  </li>
                </ul>
              )}
              {problems.map((problem) => (
                <p key={problem.param} className="bo-error">
                  {problem.message}
                </p>
              ))}
            </div>
            <button type="submit">Save name and colours</button>
          </StaffForm>
        </section>

        <section className="bo-card" aria-labelledby="branding-logo">
          <h2 id="branding-logo">Logo</h2>
          <StaffForm action="/dashboard/settings/branding/logo" csrf={csrf} back="/dashboard/settings/branding" encType="multipart/form-data">
            <div className="bo-field">
              <label htmlFor="logo">Logo file</label>
              <input
                id="logo"
                name="logo"
                type="file"
                required
                accept={LOGO_TYPES.join(",")}
                aria-describedby="logo-hint logo-problem"
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  setLogoProblem(
                    !file
                      ? null
                      : !LOGO_TYPES.includes(file.type)
                        ? "This file is not a PNG, JPEG or WebP image; it will be refused."
                        : file.size > maxLogoBytes
                          ? `This file is ${Math.ceil(file.size / 1024)} KB; the limit is ${maxLogoBytes / 1024} KB.`
                          : null,
                  );
                  setLogoFileUrl(file && LOGO_TYPES.includes(file.type) ? URL.createObjectURL(file) : null);
                }}
              />
              <p id="logo-hint" className="bo-hint">
                PNG, JPEG or WebP, {maxLogoBytes / 1024} KB at most. SVG is not accepted (it can carry scripts). Shown at most 120×40 pixels.
              </p>
              <p id="logo-problem" className="bo-error-text" role="status">
                {logoProblem ?? ""}
              </p>
            </div>
            <button type="submit">Upload logo</button>
          </StaffForm>
          {initial.logoUrl ? (
            <StaffForm action="/dashboard/settings/branding/logo/remove" csrf={csrf} back="/dashboard/settings/branding" className="bo-inline">
              <ConfirmSubmit question="Remove the logo from the payment page?" confirmLabel="Remove logo" danger>
                Remove logo
              </ConfirmSubmit>
            </StaffForm>
          ) : null}
        </section>
      </div>
      <BrandingPreview displayName={displayName} primaryColor={shownPrimary} backgroundColor={shownBackground} logoSrc={logoFileUrl ?? initial.logoUrl} />
    </div>
  );
}

/** A #rrggbb text field (what is submitted) with a colour picker beside it that fills it in. */
function ColorField({ id, label, hint, value, shown, onChange }: { id: string; label: string; hint: string; value: string; shown: string; onChange: (value: string) => void }) {
  return (
    <div className="bo-field">
      <label htmlFor={id}>{label}</label>
      <div className="bo-color">
        <input
          id={id}
          name={id}
          required
          pattern="#[0-9a-fA-F]{6}"
          maxLength={7}
          size={8}
          value={value}
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
        <input type="color" aria-label={`${label}: picker`} value={shown} onChange={(e) => onChange(e.target.value)} />
      </div>
      <p id={`${id}-hint`} className="bo-hint">
        {hint}
      </p>
    </div>
  );
}
