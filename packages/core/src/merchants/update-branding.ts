import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { brandingContrastProblems, HEX_COLOR } from "./branding-contrast";

export interface BrandingInput {
  /** The name shoppers see on the payment page. */
  displayName: string;
  /** #rrggbb: the pay button and focus rings. */
  primaryColor: string;
  /** #rrggbb: the payment card's background. */
  backgroundColor: string;
}

export interface Branding extends BrandingInput {
  logoUrl: string | null;
}

/**
 * The payment page's name and colours (the logo has its own operations). Colours
 * whose text would be hard to read are refused (WCAG AA), so that no merchant
 * can make the page fail its shoppers by accident.
 */
export async function updateBranding({ db, clock }: { db: Database; clock: Clock }, merchantId: string, input: BrandingInput): Promise<Branding> {
  const displayName = input.displayName.trim();
  if (displayName.length === 0 || displayName.length > 100 || /[\u0000-\u001f\u007f]/.test(displayName)) {
    throw new AppError("parameter_invalid", "The display name has 1 to 100 characters, without control characters.", { param: "displayName" });
  }
  const primaryColor = input.primaryColor.trim().toLowerCase();
  const backgroundColor = input.backgroundColor.trim().toLowerCase();
  for (const [param, value] of [["primaryColor", primaryColor], ["backgroundColor", backgroundColor]] as const) {
    if (!HEX_COLOR.test(value)) throw new AppError("parameter_invalid", `${param} must be a colour written #rrggbb.`, { param });
  }
  const [problem] = brandingContrastProblems({ primaryColor, backgroundColor });
  if (problem) throw new AppError("parameter_invalid", problem.message, { param: problem.param });

  const [row] = await db
    .update(schema.merchantSettings)
    .set({ displayName, primaryColor, backgroundColor, updatedAt: clock.now() })
    .where(eq(schema.merchantSettings.merchantId, merchantId))
    .returning();
  if (!row) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
  return { displayName, primaryColor, backgroundColor, logoUrl: row.logoUrl };
}
