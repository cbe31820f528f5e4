import { withPlatform } from "../open-platform";

/** `jeton migrate`: applies the committed migrations (the platform also does so at start). */
export async function migrateCommand(): Promise<void> {
  const driver = await withPlatform(async ({ handle }) => handle.driver);
  process.stdout.write(`database migrated (${driver})\n`);
}
