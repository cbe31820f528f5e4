// `npm run serve`: one production instance of the platform on PORT, from an existing build
// (`npm run build`), on the configured database. No build, no seeding.
import cluster from "node:cluster";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { getConfig, getServeConfig, useProductionNodeEnv } from "@/env";

useProductionNodeEnv();
const serve = getServeConfig();
const config = getConfig();
// Embedded PGlite lives inside one process (and locks its folder): only PostgreSQL gets several workers.
const workers = "url" in config.database ? serve.workers : 1;
const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

if (workers > 1 && cluster.isPrimary) {
  await runPrimary();
} else {
  await runWorker();
}

/** Migrates once, then keeps `workers` processes serving the shared port; SIGTERM drains them all. */
async function runPrimary(): Promise<void> {
  const { createDatabase, migrateDatabase } = await import("@jeton/db");
  const { migrationsFolder } = await import("@/server/context");
  const handle = createDatabase(config.database);
  await migrateDatabase(handle, migrationsFolder());
  await handle.close();

  let stopping = false;
  const fork = () => cluster.fork();
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    console.error(`[serve] worker ${worker.process.pid} exited (${code ?? signal}); starting another`);
    setTimeout(fork, 500);
  });
  for (let i = 0; i < workers; i++) fork();
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    const waitAll = () => (Object.keys(cluster.workers ?? {}).length === 0 ? process.exit(0) : setTimeout(waitAll, 50));
    waitAll();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`[serve] ${workers} workers on port ${serve.port}`);
}

async function runWorker(): Promise<void> {
  const { default: next } = await import("next");
  const { getRuntime } = await import("@/server/context");
  const { startBackgroundWork } = await import("@/server/start-background-work");
  const { markDraining } = await import("@/server/lifecycle");
  const { createPlatformServer } = await import("./create-server");
  const { createRouteTable, loadRouteTable } = await import("./route-table");

  const runtime = getRuntime();
  await runtime.ready;
  const logger = runtime.context.logger;
  const background = await startBackgroundWork();
  const app = next({ dev: false, dir: appRoot, port: serve.port });
  await app.prepare();
  const routes = serve.direct ? await loadRouteTable(path.join(appRoot, "src/app")) : createRouteTable([]);
  const platform = createPlatformServer({ routes, fallback: app.getRequestHandler(), logger });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    markDraining();
    logger.info({ signal }, "shutting down: draining requests");
    const { cut } = await platform.drain(serve.shutdownTimeoutMs);
    await background.stop();
    await app.close();
    await runtime.handle.close();
    logger.info({ cut }, "stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
  await new Promise<void>((resolve) => platform.server.listen(serve.port, resolve));
  logger.info({ port: serve.port, pid: process.pid, directRoutes: routes.patterns.length }, "platform listening");
}
