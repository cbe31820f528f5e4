import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, type DatabaseHandle } from "@jeton/db";
import postgres from "postgres";

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

/**
 * Whether instances can run here: they need real PostgreSQL (several
 * processes on one database) and a production build (`npm test` builds first).
 */
export const canRunInstances = Boolean(process.env.DATABASE_URL) && existsSync(path.join(webRoot, ".next/BUILD_ID"));

export interface SharedDatabase {
  url: string;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

/** A fresh database that several platform instances share (they migrate it themselves, under a lock). */
export async function createSharedDatabase(): Promise<SharedDatabase> {
  const name = `jeton_instances_${randomBytes(6).toString("hex")}`;
  const admin = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name}`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  const handle = createDatabase({ url: url.toString(), maxConnections: 5 });
  return {
    url: url.toString(),
    handle,
    async close() {
      await handle.close();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** The environment every instance of one test shares: same database, same keys. */
export function sharedEnvironment(databaseUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    JETON_VAULT_KEKS: `inst1:${randomBytes(32).toString("base64")}`,
    JETON_FINGERPRINT_KEY: randomBytes(32).toString("base64"),
    JETON_PUBLIC_URL: "http://localhost:3000",
    // Instances run as in production (NODE_ENV=production) on a plain-http test address.
    JETON_ALLOW_INSECURE_PUBLIC_URL: "true",
    JETON_WORKERS: "1",
    JETON_TOKENIZE_LIMIT_PER_IP: "100000",
    JETON_TOKENIZE_LIMIT_PER_KEY: "100000",
    // The load tokenizes the same test card from one address: the card-testing thresholds are out of the way.
    ...Object.fromEntries(
      ["IP", "CARD", "PAYMENT_REQUEST", "MERCHANT"].flatMap((dimension) => [
        [`JETON_CARD_TESTING_CHALLENGE_PER_${dimension}`, "100000"],
        [`JETON_CARD_TESTING_BLOCK_PER_${dimension}`, "100000"],
      ]),
    ),
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    // The kill test waits for the killed instance's claims to lapse: 20 s instead of 60 (still above the 10 s
    // delivery timeout, so nothing in flight is claimed twice).
    JETON_WEBHOOK_LEASE_SECONDS: "20",
    ...extra,
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface PlatformInstance {
  url: string;
  process: ChildProcess;
  /** Everything the instance wrote, for failure messages. */
  output(): string;
  /** SIGTERM and wait for a clean exit (the exit code). */
  stop(): Promise<number | null>;
  /** SIGKILL: no drain, no clean-up. */
  kill(): Promise<void>;
}

/** `npm run serve` as an operator runs it (the same command line), on a free port. */
export async function startInstance(env: Record<string, string>, extra: Record<string, string> = {}): Promise<PlatformInstance> {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "src/serve/main.ts"], {
    cwd: webRoot,
    env: { PATH: process.env.PATH ?? "", ...env, ...extra, PORT: String(port) } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`instance exited at start:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`instance did not come up:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    url,
    process: child,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    },
  };
}

export interface InstanceGroup {
  database: SharedDatabase;
  /** The environment the instances share (start another one with it). */
  env: Record<string, string>;
  instances: PlatformInstance[];
  /** Stops every instance (SIGTERM) and drops the database; the instances' exit codes. */
  close(): Promise<Array<number | null>>;
}

/** A fresh database and one instance per entry of `variants` (extra variables of that instance), started together. */
export async function startInstanceGroup(variants: Array<Record<string, string>>, extra: Record<string, string> = {}): Promise<InstanceGroup> {
  const database = await createSharedDatabase();
  const env = sharedEnvironment(database.url, extra);
  const group: InstanceGroup = {
    database,
    env,
    instances: [],
    async close() {
      const codes = await Promise.all(group.instances.map((instance) => instance.stop()));
      await database.close();
      return codes;
    },
  };
  try {
    group.instances = await Promise.all(variants.map((variant) => startInstance(env, variant)));
  } catch (error) {
    await group.close();
    throw error;
  }
  return group;
}
