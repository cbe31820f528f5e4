import { createMerchant, type Mode } from "@jeton/core";
import { liveModeLine, liveModeOf } from "../live-mode";
import { withPlatform } from "../open-platform";

export interface CreateMerchantArgs {
  name: string;
  origins: string[];
  returnUrls: string[];
  /** The mode the origins and return URLs are registered for. */
  mode: Mode;
  json: boolean;
}

/** `jeton merchants create --name … --origin … [--mode test|live] [--json]` */
export async function createMerchantCommand(args: CreateMerchantArgs): Promise<void> {
  const { merchant, liveMode } = await withPlatform(async ({ db, config }) => ({
    merchant: await createMerchant({ db }, { name: args.name, origins: args.origins, returnUrls: args.returnUrls, urlMode: args.mode }),
    liveMode: liveModeOf(config),
  }));
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ ...merchant, liveMode }, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      `Merchant ${merchant.name} (${merchant.merchantId})`,
      `  origins (${args.mode}):       ${merchant.origins.join(", ") || "(none)"}`,
      `  return URLs (${args.mode}):   ${merchant.returnUrls.join(", ") || "(none)"}`,
      `  test publishable key: ${merchant.keys.test.publishableKey}`,
      `  test secret key:      ${merchant.keys.test.secretKey}`,
      `  live publishable key: ${merchant.keys.live.publishableKey}`,
      `  live secret key:      ${merchant.keys.live.secretKey}`,
      "Secret keys are shown only now: store them.",
      liveModeLine(liveMode),
      "",
    ].join("\n"),
  );
}
