import { randomBytes } from "node:crypto";
import type { Database, DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import type { AcquirerRegistry } from "../acquirer/acquirer-registry";
import { fixedClock, type Clock } from "../clock/clock";
import { createMerchant, type CreatedMerchant } from "../merchants/create-merchant";
import type { PlatformUrls } from "../urls/platform-urls";
import { createVault, type Vault } from "../vault/create-vault";
import { testAcquirers, testAcquirersWithLive } from "./test-acquirers";
import { testUrls } from "./test-urls";

export interface TestPlatform {
  handle: DatabaseHandle;
  db: Database;
  vault: Vault;
  clock: Clock & { advance(ms: number): void };
  /** The simulator in test mode; in live mode too only when `liveAcquirer` was asked for. */
  acquirers: AcquirerRegistry;
  urls: PlatformUrls;
  /**
   * "Shop A", "Shop B", …: merchant i has the origin `https://shop-<letter>.example`
   * and the return URL prefix `https://shop-<letter>.example/`, with test and live keys.
   * (Typed with two, the usual count, so tests can destructure them.)
   */
  merchants: [CreatedMerchant, CreatedMerchant, ...CreatedMerchant[]];
}

/** The origin of test merchant `index` (0 → `https://shop-a.example`). */
export const testShopOrigin = (index: number) => `https://shop-${String.fromCharCode(97 + index)}.example`;

/**
 * Tests only: a fresh database (see createTestDatabase), a vault with random
 * keys, a fixed clock, the simulated acquirer (test mode) and `merchants` merchants, the
 * setup that tests of tenant isolation share. Close it with `handle.close()`.
 */
export async function createTestPlatform(
  options: { merchants?: number; now?: Date; vault?: Vault; liveAcquirer?: boolean } = {},
): Promise<TestPlatform> {
  const handle = await createTestDatabase();
  const vault = options.vault ?? createVault({ keks: { k1: randomBytes(32) }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
  const merchants: CreatedMerchant[] = [];
  for (let index = 0; index < (options.merchants ?? 2); index++) {
    const origin = testShopOrigin(index);
    merchants.push(await createMerchant({ db: handle.db }, { name: `Shop ${String.fromCharCode(65 + index)}`, origins: [origin], returnUrls: [`${origin}/`] }));
  }
  return {
    handle,
    db: handle.db,
    vault,
    clock: fixedClock(options.now ?? new Date()),
    acquirers: options.liveAcquirer ? testAcquirersWithLive : testAcquirers,
    urls: testUrls,
    merchants: merchants as TestPlatform["merchants"],
  };
}
