import { type Database, schema } from "@jeton/db";
import { and, eq } from "drizzle-orm";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { isId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import type { PlatformUrls } from "../urls/platform-urls";
import { toPaymentRequestView, type PaymentRequestView } from "./payment-request-view";

/** A merchant's own payment request; anyone else's id is not found. */
export async function getPaymentRequest(
  { db, clock, urls }: { db: Database; clock: Clock; urls: PlatformUrls },
  { merchantId, mode, id }: { merchantId: string; mode: Mode; id: string },
): Promise<PaymentRequestView> {
  const notFound = new AppError("resource_not_found", `No such payment request: ${id}`, { param: "id" });
  if (!isId("pr", id)) throw notFound;
  const [row] = await db
    .select()
    .from(schema.paymentRequests)
    .where(and(eq(schema.paymentRequests.id, id), eq(schema.paymentRequests.merchantId, merchantId), eq(schema.paymentRequests.mode, mode)));
  if (!row) throw notFound;
  return toPaymentRequestView(row, urls.publicUrl, clock.now());
}
