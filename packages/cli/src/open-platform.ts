import { createVault, systemClock, type Clock, type Vault, type WebhookNetwork } from "@jeton/core";
import type { PlatformConfig } from "@jeton/config";
import { createDatabase, migrateDatabase, type Database, type DatabaseHandle } from "@jeton/db";
import { migrationsFolder } from "@jeton/db/migrations-folder";
import { getConfig } from "./env";

export interface Platform {
  config: PlatformConfig;
  handle: DatabaseHandle;
  db: Database;
  vault: Vault;
  clock: Clock;
  webhookNetwork: WebhookNetwork;
}

/** Opens the configured database (migrated) and vault for one command, and closes them after. */
export async function withPlatform<T>(run: (platform: Platform) => Promise<T>): Promise<T> {
  const config = getConfig();
  const handle = createDatabase(config.database);
  try {
    await migrateDatabase(handle, migrationsFolder);
    return await run({
      config,
      handle,
      db: handle.db,
      vault: createVault(config.vault),
      clock: systemClock,
      webhookNetwork: { allowPrivateNetworks: config.webhooks.allowPrivateNetworks },
    });
  } finally {
    await handle.close();
  }
}
