import pino, { type Logger } from "pino";

/**
 * Structured logs. Card data must never reach them; redaction is the second
 * line of defence for a mistake (the first is never logging bodies).
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "jeton-web" },
    redact: {
      paths: [
        "*.number",
        "*.pan",
        "*.cvc",
        "*.card",
        "card",
        "*.authorization",
        "headers.authorization",
        "headers.cookie",
        "*.secretKey",
      ],
      censor: "[redacted]",
    },
  });
}
