/**
 * Headers every response carries. next.config.ts applies them to what Next
 * serves; the project's own server (src/serve) applies them to the routes it
 * serves directly, so both paths answer alike.
 */
export const globalHeaders: ReadonlyArray<{ key: string; value: string }> = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
];
