import { createHash } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { detectLogoType, LOGO_TYPES, type LogoType } from "./detect-logo-type";

/** Payment pages load the logo on every visit, often on phones. */
export const MAX_LOGO_BYTES = 200 * 1024;

export interface MerchantLogo {
  /** Where the platform serves it; the hash in it changes with every upload, so it can be cached for good. */
  logoUrl: string;
  contentType: LogoType;
  sha256: string;
  bytes: number;
}

/** The public path of a merchant's logo (served by apps/web's /branding route). */
export function merchantLogoPath(merchantId: string, sha256: string): string {
  return `/branding/${encodeURIComponent(merchantId)}/logo/${sha256}`;
}

/**
 * Stores the payment page logo (replacing any previous one) and points the
 * merchant's settings at it. Only PNG, JPEG and WebP, recognised by their
 * content: a file that only claims to be an image (an SVG or HTML page named
 * logo.png) is refused, and the type stored is the detected one.
 */
export async function setMerchantLogo(
  { db, clock }: { db: Database; clock: Clock },
  merchantId: string,
  upload: { bytes: Uint8Array; declaredType?: string | null | undefined },
): Promise<MerchantLogo> {
  const invalid = (message: string) => new AppError("parameter_invalid", message, { param: "logo" });
  if (upload.bytes.length === 0) throw invalid("Choose a logo file.");
  if (upload.bytes.length > MAX_LOGO_BYTES) throw invalid(`The logo is larger than ${MAX_LOGO_BYTES / 1024} KB.`);
  const contentType = detectLogoType(upload.bytes);
  if (!contentType) throw invalid("The logo must be a PNG, JPEG or WebP image (SVG is not accepted).");
  // A browser declares the type from the file name; a mismatch means the file is not what it says.
  const declared = (upload.declaredType ?? "").split(";")[0]!.trim().toLowerCase();
  if (declared && declared !== "application/octet-stream" && declared !== contentType) {
    throw invalid(
      (LOGO_TYPES as readonly string[]).includes(declared)
        ? `The file was sent as ${declared} but its content is ${contentType}.`
        : "The logo must be a PNG, JPEG or WebP image (SVG is not accepted).",
    );
  }
  const data = Buffer.from(upload.bytes);
  const sha256 = createHash("sha256").update(data).digest("hex");
  const logoUrl = merchantLogoPath(merchantId, sha256);
  const now = clock.now();
  await db.transaction(async (tx) => {
    const [settings] = await tx
      .update(schema.merchantSettings)
      .set({ logoUrl, updatedAt: now })
      .where(eq(schema.merchantSettings.merchantId, merchantId))
      .returning({ merchantId: schema.merchantSettings.merchantId });
    if (!settings) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
    await tx
      .insert(schema.merchantLogos)
      .values({ merchantId, contentType, data, sha256, updatedAt: now })
      .onConflictDoUpdate({ target: schema.merchantLogos.merchantId, set: { contentType, data, sha256, updatedAt: now } });
  });
  return { logoUrl, contentType, sha256, bytes: data.length };
}
