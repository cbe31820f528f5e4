import { type Database, schema } from "@jeton/db";
import { desc, isNull } from "drizzle-orm";
import type { SigningKey } from "./create-signing-key";

/** The newest key not yet retired, the one new tokens are signed with. */
export async function findActiveSigningKey({ db }: { db: Database }): Promise<SigningKey | undefined> {
  const [row] = await db
    .select()
    .from(schema.signingKeys)
    .where(isNull(schema.signingKeys.retiredAt))
    .orderBy(desc(schema.signingKeys.createdAt), desc(schema.signingKeys.kid))
    .limit(1);
  return row;
}
