import { PAYMENT_PAGE_BUTTON_TEXT, PAYMENT_PAGE_TEXT_COLORS } from "@jeton/core/merchants/branding-contrast";

/**
 * A small likeness of the payment page's header and pay button with the given
 * branding. No hooks, so a server page can show it as is and the editor can
 * redraw it as fields change. The back-office CSP allows inline styles (and
 * blob: images, for a logo file not yet uploaded).
 */
export function BrandingPreview({
  displayName,
  primaryColor,
  backgroundColor,
  logoSrc,
}: {
  displayName: string;
  primaryColor: string;
  backgroundColor: string;
  logoSrc: string | null;
}) {
  return (
    <figure className="bo-preview" aria-labelledby="branding-preview-caption" data-testid="branding-preview">
      <figcaption id="branding-preview-caption">Preview of the payment page</figcaption>
      <div className="bo-preview-page">
        <div className="bo-preview-card" style={{ background: backgroundColor, color: PAYMENT_PAGE_TEXT_COLORS.text }} data-testid="preview-card">
          <div className="bo-preview-merchant">
            {logoSrc ? <img src={logoSrc} alt="" data-testid="preview-logo" /> : null}
            <span className="bo-preview-name" data-testid="preview-name">
              {displayName.trim() || "Your shop"}
            </span>
          </div>
          <p className="bo-preview-muted" style={{ color: PAYMENT_PAGE_TEXT_COLORS.muted }}>
            Amount due
          </p>
          <p className="bo-preview-amount">€49.00</p>
          <div className="bo-preview-input" aria-hidden="true">
            4242 4242 4242 4242
          </div>
          <div className="bo-preview-button" style={{ background: primaryColor, color: PAYMENT_PAGE_BUTTON_TEXT }} data-testid="preview-button">
            Pay €49.00
          </div>
        </div>
      </div>
    </figure>
  );
}
