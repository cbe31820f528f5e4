import { randomBytes } from "node:crypto";

export type IdPrefix = "mer" | "key" | "ctok" | "cus" | "card" | "pr" | "tx" | "re" | "evt" | "we" | "whd" | "wha" | "stl" | "usr" | "aud" | "rcv" | "msg" | "sub" | "clk" | "ipl" | "rch" | "rr" | "ra" | "alrt";

/** A prefixed, random, URL-safe id: 16 random bytes (128 bits) in base64url. */
export function createId(prefix: IdPrefix): string {
  return `${prefix}_${randomBytes(16).toString("base64url")}`;
}

/** Cheap shape check before touching the database with an id a client sent. */
export function isId(prefix: IdPrefix, value: string): boolean {
  return new RegExp(`^${prefix}_[A-Za-z0-9_-]{16,64}$`).test(value);
}
