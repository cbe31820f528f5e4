import { timingSafeEqual } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import { eq } from "drizzle-orm";
import { AppError } from "../errors";
import { hashClientSecret, transactionIdOfClientSecret } from "./client-secret";

type Row = typeof schema.transactions.$inferSelect;

/**
 * The transaction a client secret opens. Hashes are compared in constant
 * time, and an unknown transaction, a transaction without a secret and a
 * wrong secret are refused alike, so the answer tells nothing about which
 * transactions exist. `transactionId`, when the caller has one from its URL,
 * must be the secret's own.
 */
export async function verifyClientSecret(
  { db }: { db: Database },
  { clientSecret, transactionId }: { clientSecret: string; transactionId?: string | undefined },
): Promise<Row> {
  const refused = new AppError("invalid_client_secret", "The client secret does not match this transaction.", { param: "clientSecret" });
  const id = transactionIdOfClientSecret(clientSecret);
  if (!id || (transactionId !== undefined && transactionId !== id)) throw refused;
  const [row] = await db.select().from(schema.transactions).where(eq(schema.transactions.id, id));
  if (!row?.clientSecretHash) throw refused;
  const expected = Buffer.from(row.clientSecretHash, "hex");
  const given = Buffer.from(hashClientSecret(clientSecret), "hex");
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) throw refused;
  return row;
}
