import type { Acquirer } from "./acquirer";
import type { AcquirerRegistry } from "./acquirer-registry";
import { createSimulatedAcquirer } from "./create-simulated-acquirer";

/**
 * The connectors that can serve live mode, by the name JETON_LIVE_ACQUIRER
 * gives. There is none yet: a real acquirer's connector (an implementation of
 * `Acquirer`) is added here, and nothing else in the payment flow changes.
 * The simulator is deliberately absent: it approves every valid test card, so
 * it must never take live payments.
 */
export const liveAcquirerConnectors: Readonly<Record<string, () => Acquirer>> = {};

/** Why a JETON_LIVE_ACQUIRER value is refused, or undefined when it names a live connector. */
export function liveAcquirerProblem(name: string): string | undefined {
  if (name === "simulator") return "the simulator serves test mode only; it never takes live payments";
  if (!Object.hasOwn(liveAcquirerConnectors, name)) {
    const known = Object.keys(liveAcquirerConnectors);
    return `no live acquirer connector is named "${name.slice(0, 40)}" (available: ${known.length > 0 ? known.join(", ") : "none yet"})`;
  }
  return undefined;
}

/** The platform's acquirers: the simulator for test mode, and the configured live connector, if any. */
export function createAcquirerRegistry({ liveAcquirer }: { liveAcquirer: string | null }): AcquirerRegistry {
  if (liveAcquirer === null) return { test: createSimulatedAcquirer() };
  const problem = liveAcquirerProblem(liveAcquirer);
  const connector = liveAcquirerConnectors[liveAcquirer];
  if (problem || !connector) throw new Error(`JETON_LIVE_ACQUIRER: ${problem}`);
  return { test: createSimulatedAcquirer(), live: connector() };
}
