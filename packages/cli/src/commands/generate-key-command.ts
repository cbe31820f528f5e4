import { randomBytes } from "node:crypto";

/** `jeton keys generate [--id k2]`: a new KEK entry to append to JETON_VAULT_KEKS. */
export function generateKeyCommand(id: string): void {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(id)) throw new Error("A key id is 1–32 of A-Z a-z 0-9 _ -");
  process.stdout.write(`${id}:${randomBytes(32).toString("base64")}\n`);
}
