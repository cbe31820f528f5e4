import { createAcquirerRegistry, isModeAvailable } from "@jeton/core";
import type { PlatformConfig } from "@jeton/config";

export interface LiveMode {
  available: boolean;
  reason: string;
}

/** Whether this platform takes live payments, in words an operator reads in every command that hands out live keys. */
export function liveModeOf(config: PlatformConfig): LiveMode {
  const acquirers = createAcquirerRegistry(config);
  if (isModeAvailable(acquirers, "live")) {
    return { available: true, reason: `live payments go to the ${acquirers.live?.name} acquirer` };
  }
  return {
    available: false,
    reason:
      "no live acquirer is configured (JETON_LIVE_ACQUIRER); the simulator serves test mode only, so live keys exist but live payments are refused (live_mode_unavailable)",
  };
}

/** The line under a merchant's keys. */
export function liveModeLine(liveMode: LiveMode): string {
  return liveMode.available ? `Live mode is on: ${liveMode.reason}.` : `Live mode is OFF on this platform: ${liveMode.reason}.`;
}
