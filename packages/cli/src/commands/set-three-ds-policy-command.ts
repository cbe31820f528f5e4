import { setThreeDsPolicy } from "@jeton/core";
import { withPlatform } from "../open-platform";

export interface SetThreeDsPolicyArgs {
  merchantId: string;
  policy: string;
  threshold: string | undefined;
  currency: string | undefined;
}

/** `jeton merchants three-ds --merchant mer_… --policy issuer|always|above_amount [--threshold MINOR --currency EUR]` */
export async function setThreeDsPolicyCommand(args: SetThreeDsPolicyArgs): Promise<void> {
  const threshold = args.threshold === undefined ? null : Number(args.threshold);
  const policy = await withPlatform(({ db }) =>
    setThreeDsPolicy({ db }, args.merchantId, {
      threeDsPolicy: args.policy as "issuer" | "always" | "above_amount",
      threshold,
      thresholdCurrency: args.currency?.toUpperCase() ?? null,
    }),
  );
  process.stdout.write(`${JSON.stringify({ merchantId: args.merchantId, ...policy })}\n`);
}
