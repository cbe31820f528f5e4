import { type Database, schema } from "@jeton/db";
import { asc, eq } from "drizzle-orm";
import { findScoped, scopedWhere, type MerchantScope } from "../scope";
import { toMessageView, type MessageView } from "./message-view";

/** The messages of one payment request (the request, its reminders, its receipt), oldest first. */
export async function listPaymentRequestMessages({ db }: { db: Pick<Database, "select"> }, scope: MerchantScope, paymentRequestId: string): Promise<MessageView[]> {
  await findScoped(db, schema.paymentRequests, scope, paymentRequestId, { what: "payment request", prefix: "pr" });
  const rows = await db
    .select()
    .from(schema.messages)
    .where(scopedWhere(schema.messages, scope, eq(schema.messages.paymentRequestId, paymentRequestId)))
    .orderBy(asc(schema.messages.createdAt), asc(schema.messages.id));
  return rows.map(toMessageView);
}
