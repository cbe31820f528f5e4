// Next.js calls register() once per server process: migrate the database and
// start periodic clean-up before the first request. NEXT_RUNTIME is Next's own
// marker for which runtime loads this file, not configuration.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startBackgroundWork } = await import("./server/start-background-work");
    await startBackgroundWork();
  }
}
