import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { JetonSignatureError } from "./errors";

/** What Jeton posts to a webhook endpoint (Standard Webhooks body). */
export interface WebhookEvent {
  /** The event id (`evt_…`), also in the `webhook-id` header: deliveries of one event share it, so use it to deduplicate. */
  id: string;
  /** e.g. `payment_request.succeeded`, `transaction.authorized`. */
  type: string;
  createdAt: string;
  /** The object as it was when the event happened (a payment request, a transaction…). */
  data: Record<string, unknown>;
}

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function header(headers: HeaderSource, name: string): string {
  if (typeof (headers as Headers).get === "function") return (headers as Headers).get(name) ?? "";
  const record = headers as Record<string, string | string[] | undefined>;
  const value = record[name] ?? Object.entries(record).find(([key]) => key.toLowerCase() === name)?.[1];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/**
 * Verifies a webhook from Jeton per Standard Webhooks: the HMAC of
 * `id.timestamp.body` with your endpoint's `whsec_` secret, a timestamp within
 * five minutes, then parses the event. Pass the body exactly as received
 * (before any JSON parsing: re-serialised JSON no longer matches the
 * signature). Throws `JetonSignatureError` when it must not be trusted.
 */
export function verifyWebhook(rawBody: string | Buffer, headers: HeaderSource, secret: string): WebhookEvent {
  if (!secret.startsWith("whsec_")) throw new TypeError("verifyWebhook: the secret is the endpoint's whsec_… value");
  const required = {
    "webhook-id": header(headers, "webhook-id"),
    "webhook-timestamp": header(headers, "webhook-timestamp"),
    "webhook-signature": header(headers, "webhook-signature"),
  };
  let payload: unknown;
  try {
    payload = new Webhook(secret).verify(rawBody, required);
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      const stale = /timestamp/i.test(error.message);
      throw new JetonSignatureError(stale ? "expired" : "invalid_signature", `Webhook refused: ${error.message}`, { cause: error });
    }
    throw new JetonSignatureError("malformed", "The webhook body is not JSON.", { cause: error });
  }
  const event = payload as Partial<WebhookEvent> | null;
  if (!event || typeof event.id !== "string" || typeof event.type !== "string" || typeof event.data !== "object" || event.data === null) {
    throw new JetonSignatureError("malformed", "The webhook body is not a Jeton event.");
  }
  if (event.id !== required["webhook-id"]) throw new JetonSignatureError("malformed", "The body's id does not match the webhook-id header.");
  return event as WebhookEvent;
}
