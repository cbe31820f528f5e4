import { randomBytes } from "node:crypto";
import { type Database, schema } from "@jeton/db";
import type { Clock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import type { Vault } from "../vault/create-vault";
import { checkWebhookTarget, WebhookTargetRefused, type WebhookNetwork } from "./check-webhook-target";
import { toWebhookEndpointView, type WebhookEndpointView } from "./webhook-endpoint-view";

export interface CreateWebhookEndpointInput {
  merchantId: string;
  mode: Mode;
  url: string;
  /** Omit (or null) to receive every event type. */
  eventTypes?: string[] | null | undefined;
  description?: string | undefined;
  /** The merchant's own key → value strings (checked by the API: ≤50 keys, keys ≤40, values ≤500 characters). */
  metadata?: Record<string, string> | undefined;
}

export interface CreatedWebhookEndpoint extends WebhookEndpointView {
  /** `whsec_…`, in full only here. */
  secret: string;
}

const MAX_URL_LENGTH = 2048;
const MAX_EVENT_TYPES = 64;
const EVENT_TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;

function checkUrl(value: string, mode: Mode): string {
  const invalid = (message: string) => new AppError("parameter_invalid", message, { param: "url" });
  if (value.length > MAX_URL_LENGTH) throw invalid(`url is longer than ${MAX_URL_LENGTH} characters.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalid("url must be an absolute http(s) URL.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw invalid("url must be an absolute http(s) URL.");
  // Live events carry real payments: they travel over TLS only.
  if (mode === "live" && url.protocol !== "https:") throw invalid("A live-mode webhook url must use https.");
  // Credentials in a URL end up in every list and log that shows it.
  if (url.username || url.password) throw invalid("url must not contain credentials.");
  const href = url.toString();
  if (href.length > MAX_URL_LENGTH) throw invalid(`url is longer than ${MAX_URL_LENGTH} characters.`);
  return href;
}

function checkEventTypes(value: string[] | null | undefined): string[] | null {
  if (value === undefined || value === null) return null;
  const invalid = (message: string) => new AppError("parameter_invalid", message, { param: "events" });
  if (value.length === 0) throw invalid("events must list at least one event type; omit it to receive them all.");
  if (value.length > MAX_EVENT_TYPES) throw invalid(`events lists at most ${MAX_EVENT_TYPES} event types.`);
  for (const type of value) {
    if (typeof type !== "string" || type.length > 100 || !EVENT_TYPE.test(type)) {
      throw invalid(`Not an event type: ${String(type).slice(0, 100)}`);
    }
  }
  return [...new Set(value)];
}

/**
 * Registers a URL that will receive the merchant's events, signed per the
 * Standard Webhooks spec with a new `whsec_` secret. A URL whose host is or
 * resolves to a non-public address is refused (see checkWebhookTarget). The secret is kept sealed
 * by the vault (it must be read back to sign) and is returned in clear only
 * here.
 */
export async function createWebhookEndpoint(
  { db, vault, clock, webhookNetwork }: { db: Database; vault: Vault; clock?: Clock; webhookNetwork: WebhookNetwork },
  input: CreateWebhookEndpointInput,
): Promise<CreatedWebhookEndpoint> {
  const url = checkUrl(input.url, input.mode);
  const eventTypes = checkEventTypes(input.eventTypes);
  // Checked again before every delivery: a DNS answer may change after this.
  await checkWebhookTarget(webhookNetwork, url, input.mode).catch((error: unknown) => {
    if (error instanceof WebhookTargetRefused) throw new AppError("webhook_url_not_allowed", error.message, { param: "url" });
    throw error;
  });
  // Standard Webhooks secrets are base64 (not base64url) after the prefix.
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  const sealed = vault.seal(secret, "secret");
  const [row] = await db
    .insert(schema.webhookEndpoints)
    .values({
      id: createId("we"),
      merchantId: input.merchantId,
      mode: input.mode,
      url,
      secretSealed: sealed.value,
      secretKekId: sealed.kekId,
      eventTypes,
      description: input.description ?? null,
      metadata: input.metadata ?? {},
      ...(clock ? { createdAt: clock.now() } : {}),
    })
    .returning();
  if (!row) throw new Error("webhook endpoint insert returned nothing");
  return { ...toWebhookEndpointView(row), secret };
}
