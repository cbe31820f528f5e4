// Browser-safe (bundled into token.js).

/** "MM/YY", "MM / YYYY", "MMYY" → month and year as typed; validation happens in validateCard. */
export function parseExpiry(value: string): { expMonth: string; expYear: string } {
  const compact = value.replace(/\s/g, "");
  const match = /^(\d{1,2})[/-]?(\d{2}|\d{4})$/.exec(compact);
  if (!match) return { expMonth: "", expYear: "" };
  return { expMonth: match[1] ?? "", expYear: match[2] ?? "" };
}
