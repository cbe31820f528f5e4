import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import { createSimulatedAcquirer } from "../acquirer/create-simulated-acquirer";

/** Tests only: the platform as it ships, the simulator in test mode and live mode off. */
export const testAcquirers: AcquirerRegistry = { test: createSimulatedAcquirer() };

/**
 * Tests only: a simulator registered under `live` too, standing in for a real
 * live connector, for tests about live data (tenant scope, per-mode views).
 * The platform itself never does this (createAcquirerRegistry refuses it).
 */
export const testAcquirersWithLive: AcquirerRegistry = { test: createSimulatedAcquirer(), live: createSimulatedAcquirer() };
