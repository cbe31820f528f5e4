import { AppError } from "../errors";
import type { Mode } from "../merchants/create-api-key";
import type { Acquirer } from "./acquirer";

/**
 * Which acquirer serves each mode. The payment flow asks this registry for the
 * acquirer of a payment's mode (acquirerFor) and never names a connector, so a
 * real one is added by putting it under `live`, without touching the flow. The
 * simulator serves test mode only: the platform's context never registers it
 * under `live` (see createAcquirerRegistry).
 */
export type AcquirerRegistry = { readonly [M in Mode]?: Acquirer | undefined };

/** Live mode is available only when a live acquirer is configured. */
export function isModeAvailable(acquirers: AcquirerRegistry, mode: Mode): boolean {
  return acquirers[mode] !== undefined;
}

/** The acquirer of a mode; without one, `live_mode_unavailable` (nothing is authorized or recorded). */
export function acquirerFor(acquirers: AcquirerRegistry, mode: Mode): Acquirer {
  const acquirer = acquirers[mode];
  if (!acquirer) {
    throw new AppError(
      "live_mode_unavailable",
      `Live payments are off on this platform: no ${mode} acquirer is configured (the simulator serves test mode only). Use test mode, or ask the operator to configure a live acquirer.`,
    );
  }
  return acquirer;
}
