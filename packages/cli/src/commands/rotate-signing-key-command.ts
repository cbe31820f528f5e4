import { rotateSigningKey } from "@jeton/core";
import { withPlatform } from "../open-platform";

/**
 * `jeton keys rotate-signing`: a new key signs return tokens from now on; the
 * previous one stays in the JWKS until the last token it signed has expired
 * (10 minutes), so results in flight still verify.
 */
export async function rotateSigningKeyCommand({ json }: { json: boolean }): Promise<void> {
  const { kid, retiredKid, unpublishAfter } = await withPlatform((platform) => rotateSigningKey(platform));
  if (json) {
    process.stdout.write(`${JSON.stringify({ kid, retiredKid, unpublishAfter: unpublishAfter?.toISOString() ?? null })}\n`);
    return;
  }
  const retired = retiredKid && unpublishAfter ? `; ${retiredKid} stays published until ${unpublishAfter.toISOString()}` : "";
  process.stdout.write(`New signing key ${kid}${retired}\n`);
}
