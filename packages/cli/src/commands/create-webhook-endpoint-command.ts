import { createWebhookEndpoint, type Mode } from "@jeton/core";
import { withPlatform } from "../open-platform";

export interface CreateWebhookEndpointArgs {
  merchantId: string;
  url: string;
  eventTypes: string[];
  mode: Mode;
  json: boolean;
}

/** `jeton webhooks create --merchant mer_… --url URL [--event TYPE]... [--mode test|live] [--json]` */
export async function createWebhookEndpointCommand(args: CreateWebhookEndpointArgs): Promise<void> {
  const endpoint = await withPlatform((platform) =>
    createWebhookEndpoint(platform, {
      merchantId: args.merchantId,
      mode: args.mode,
      url: args.url,
      eventTypes: args.eventTypes.length > 0 ? args.eventTypes : null,
    }),
  );
  if (args.json) {
    process.stdout.write(`${JSON.stringify(endpoint, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `Webhook endpoint ${endpoint.id} (${endpoint.mode})`,
      `  url:    ${endpoint.url}`,
      `  events: ${endpoint.eventTypes?.join(", ") ?? "(all)"}`,
      `  secret: ${endpoint.secret}`,
      "The secret is shown only now: store it.",
      "",
    ].join("\n"),
  );
}
