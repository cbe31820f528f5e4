import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";

/** Takes the logo off the payment page and deletes the stored image (its URL then answers 404). */
export async function removeMerchantLogo({ db, clock }: { db: Database; clock: Clock }, merchantId: string): Promise<{ removed: boolean }> {
  return db.transaction(async (tx) => {
    const [settings] = await tx
      .update(schema.merchantSettings)
      .set({ logoUrl: null, updatedAt: clock.now() })
      .where(eq(schema.merchantSettings.merchantId, merchantId))
      .returning({ merchantId: schema.merchantSettings.merchantId });
    if (!settings) throw new AppError("resource_not_found", `No such merchant: ${merchantId.slice(0, 100)}`, { param: "merchant" });
    const deleted = await tx.delete(schema.merchantLogos).where(eq(schema.merchantLogos.merchantId, merchantId)).returning({ sha256: schema.merchantLogos.sha256 });
    return { removed: deleted.length > 0 };
  });
}
