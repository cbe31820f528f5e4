import { schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import type { DatabaseExecutor } from "../events/record-event";
import type { MessageBranding } from "./templates/payloads";

/** The merchant as its messages show it: the payment page's branding (name, colours, logo). */
export async function loadMessageBranding(db: Pick<DatabaseExecutor, "select">, merchantId: string): Promise<{ branding: MessageBranding; defaultLocale: "fr" | "en" | "ar" }> {
  const [row] = await db
    .select({ name: schema.merchants.name, settings: schema.merchantSettings })
    .from(schema.merchants)
    .leftJoin(schema.merchantSettings, eq(schema.merchantSettings.merchantId, schema.merchants.id))
    .where(eq(schema.merchants.id, merchantId));
  if (!row) throw new Error(`merchant ${merchantId} vanished`);
  return {
    branding: {
      name: row.settings?.displayName ?? row.name,
      primaryColor: row.settings?.primaryColor ?? "#3b3bd6",
      backgroundColor: row.settings?.backgroundColor ?? "#ffffff",
      logoPath: row.settings?.logoUrl ?? null,
    },
    defaultLocale: row.settings?.defaultLocale ?? "fr",
  };
}
