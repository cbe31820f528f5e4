import { createAcquirerRegistry } from "@jeton/core";
import { getConfig } from "../env";
import { liveModeOf } from "../live-mode";

/** `jeton status [--json]`: what this platform is configured to do, without opening the database. */
export async function statusCommand({ json }: { json: boolean }): Promise<void> {
  const config = getConfig();
  const acquirers = createAcquirerRegistry(config);
  const live = liveModeOf(config);
  const status = {
    publicUrl: config.publicUrl,
    database: "url" in config.database ? "postgresql (DATABASE_URL)" : "dataDir" in config.database ? `embedded PGlite (${config.database.dataDir})` : "in memory",
    modes: {
      test: { available: true, acquirer: acquirers.test?.name ?? null },
      live: { available: live.available, acquirer: acquirers.live?.name ?? null, reason: live.reason },
    },
  };
  if (json) {
    process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return;
  }
  process.stdout.write(
    [
      "Jeton platform",
      `  public URL:  ${status.publicUrl}`,
      `  database:    ${status.database}`,
      "  test mode:   on (simulated acquirer)",
      live.available ? `  live mode:   on (${status.modes.live.acquirer})` : `  live mode:   OFF: ${live.reason}`,
      "",
    ].join("\n"),
  );
}
