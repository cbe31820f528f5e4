// npm run bench: load-tests POST /api/v1/card-tokens on a production build of
// the platform (next start, real PostgreSQL) beside a bare node:http baseline
// doing the same essential work (bench/baseline-server.mjs), in the same run.
//
// Each run uses a fresh database jeton_bench_<random> on the server of
// DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres), dropped
// at the end whatever happens. Targets are loaded one after the other, never
// together: warm-up, then a measured run of BENCH_DURATION seconds (default 15)
// with BENCH_CONNECTIONS connections (default 10). Results go to
// bench/.output/results.json and are printed as a table and as Markdown.
// Exits 1 when more than 1% of the requests failed (the bench is broken then).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, mkdirSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import postgres from "postgres";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const outputDir = path.join(repoRoot, "bench", ".output");
const bin = (name) => path.join(repoRoot, "node_modules", ".bin", name);

const positiveInt = (name, fallback) => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive integer, got ${raw}`);
  return value;
};
const DURATION = positiveInt("BENCH_DURATION", 15);
const CONNECTIONS = positiveInt("BENCH_CONNECTIONS", 10);
const WARMUP = 3;
const MAX_FAILURE_RATIO = 0.01;
const PLATFORM_PORT = 3100;
const BASELINE_PORT = 3101;
const PATHNAME = "/api/v1/card-tokens";
const BODY = JSON.stringify({ card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" } });

const log = (message) => console.log(`[bench] ${message}`);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---- processes ----------------------------------------------------------------

const children = new Set();

/** Starts a command in its own process group, output to a log file; stopped with its children. */
function startService(name, command, args, { cwd, env }) {
  mkdirSync(outputDir, { recursive: true });
  const logFile = path.join(outputDir, `${name}.log`);
  const out = createWriteStream(logFile);
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const service = {
    name,
    logFile,
    exited: new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal }))),
    running: true,
    async stop() {
      if (!service.running) return;
      const signalGroup = (signal) => {
        try {
          process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      signalGroup("SIGTERM");
      const stopped = await Promise.race([service.exited.then(() => true), sleep(5000).then(() => false)]);
      // next start leaves a next-server child: make sure the whole group is gone.
      signalGroup("SIGKILL");
      if (!stopped) await service.exited;
      service.running = false;
      children.delete(service);
    },
  };
  service.exited.then(() => {
    service.running = false;
  });
  children.add(service);
  return service;
}

function run(command, args, { cwd = repoRoot, env, capture = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ["ignore", capture ? "pipe" : "inherit", "inherit"] });
    let stdout = "";
    child.stdout?.on("data", (chunk) => (stdout += chunk));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`${path.basename(command)} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function waitForHealth(service, url, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!service.running) throw new Error(`${service.name} exited before it was ready; see ${service.logFile}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(`${service.name} not ready after ${timeoutMs / 1000}s; see ${service.logFile}`);
}

// ---- load ---------------------------------------------------------------------

function load(url, headers, duration) {
  return new Promise((resolve, reject) => {
    autocannon({ url, method: "POST", headers, body: BODY, connections: CONNECTIONS, duration }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

async function measure(target, url, headers) {
  // One request first: a bench that measures error pages measures nothing.
  const probe = await fetch(url, { method: "POST", headers, body: BODY });
  if (probe.status !== 201) throw new Error(`${target}: probe answered ${probe.status}: ${await probe.text()}`);
  log(`${target}: warm-up ${WARMUP}s`);
  await load(url, headers, WARMUP);
  log(`${target}: measuring ${DURATION}s with ${CONNECTIONS} connections`);
  const r = await load(url, headers, DURATION);
  const requests = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
  return {
    target,
    requestsPerSecond: r.requests.mean,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.mean, max: r.latency.max },
    requests,
    ok2xx: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    durationSeconds: r.duration,
  };
}

// ---- database -----------------------------------------------------------------

function databaseUrls() {
  const server = new URL(process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/postgres");
  const name = `jeton_bench_${randomBytes(6).toString("hex")}`;
  const bench = new URL(server);
  bench.pathname = `/${name}`;
  return { admin: server.toString(), bench: bench.toString(), name };
}

// ---- main ---------------------------------------------------------------------

const fmt = (n, digits = 0) => n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

function printResults(results, ratio) {
  const head = ["target", "req/s (mean)", "p50 ms", "p99 ms", "non-2xx", "errors"];
  const rows = results.map((r) => [
    r.target,
    fmt(r.requestsPerSecond, 1),
    fmt(r.latencyMs.p50),
    fmt(r.latencyMs.p99),
    fmt(r.non2xx),
    fmt(r.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("   ");
  console.log(`\nPOST ${PATHNAME}, ${DURATION} s, ${CONNECTIONS} connections\n`);
  console.log(line(head));
  for (const row of rows) console.log(line(row));
  console.log(`\nplatform/baseline requests/s: ${ratio.toFixed(3)}\n`);
  console.log("Markdown:\n");
  console.log(`| ${head.join(" | ")} |`);
  console.log(`| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`);
  for (const row of rows) console.log(`| ${row.join(" | ")} |`);
  console.log(`\nplatform/baseline requests/s: **${ratio.toFixed(3)}**\n`);
}

async function main() {
  for (const port of [PLATFORM_PORT, BASELINE_PORT]) {
    if (await portInUse(port)) throw new Error(`port ${port} is already in use`);
  }

  log("building (turbo, cached when unchanged)");
  const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  await run(bin("turbo"), ["run", "build", "--filter=@jeton/web...", "--output-logs=errors-only"], { env: buildEnv });

  const db = databaseUrls();
  const admin = postgres(db.admin, { max: 1, onnotice: () => {} });
  let created = false;
  cleanup = once(async () => {
    for (const service of [...children]) await service.stop();
    if (created) {
      log(`dropping database ${db.name}`);
      await admin.unsafe(`drop database if exists "${db.name}" with (force)`).catch((error) => {
        console.error(`[bench] could not drop ${db.name}: ${error.message}`);
        process.exitCode = 1;
      });
    }
    await admin.end({ timeout: 5 });
  });
  try {
    const [{ server_version: postgresVersion }] = await admin`show server_version`;
    log(`creating database ${db.name}`);
    await admin.unsafe(`create database "${db.name}"`);
    created = true;

    // Every variable of the platform's schema is set, so that nothing is taken from .data/jeton.env.
    const env = {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: db.bench,
      JETON_DATA_DIR: path.join(outputDir, "unused-data-dir"),
      JETON_PUBLIC_URL: `http://127.0.0.1:${PLATFORM_PORT}`,
      // `next start` runs with NODE_ENV=production, which otherwise requires an https public URL.
      JETON_ALLOW_INSECURE_PUBLIC_URL: "true",
      JETON_VAULT_KEKS: `bench:${randomBytes(32).toString("base64")}`,
      JETON_VAULT_ACTIVE_KEK: "bench",
      JETON_FINGERPRINT_KEY: randomBytes(32).toString("base64"),
      JETON_TOKENIZE_LIMIT_PER_KEY: "100000000",
      JETON_TOKENIZE_LIMIT_PER_IP: "100000000",
      JETON_CLIENT_IP_HEADER: "x-forwarded-for",
      LOG_LEVEL: "warn",
    };
    const results = [];

    // Platform.
    log(`starting the platform on :${PLATFORM_PORT} (next start)`);
    const platform = startService("platform", bin("next"), ["start", "-p", String(PLATFORM_PORT)], {
      cwd: path.join(repoRoot, "apps", "web"),
      env,
    });
    await waitForHealth(platform, `http://127.0.0.1:${PLATFORM_PORT}/api/health`);
    const merchant = JSON.parse(await run(bin("jeton"), ["merchants", "create", "--name", "Bench", "--json"], { env, capture: true }));
    const platformHeaders = {
      authorization: `Bearer ${merchant.keys.test.publishableKey}`,
      "content-type": "application/json",
    };
    results.push(await measure("platform", `http://127.0.0.1:${PLATFORM_PORT}${PATHNAME}`, platformHeaders));
    await platform.stop();

    // Baseline.
    log(`starting the baseline on :${BASELINE_PORT} (node:http)`);
    const baseline = startService("baseline", process.execPath, [path.join(repoRoot, "bench", "baseline-server.mjs")], {
      cwd: repoRoot,
      env: { ...env, PORT: String(BASELINE_PORT) },
    });
    await waitForHealth(baseline, `http://127.0.0.1:${BASELINE_PORT}/health`);
    results.push(await measure("baseline", `http://127.0.0.1:${BASELINE_PORT}${PATHNAME}`, { "content-type": "application/json" }));
    await baseline.stop();

    // Every 201 must have left a row: counts include the probe and the warm-up.
    const bench = postgres(db.bench, { max: 1, onnotice: () => {} });
    const [{ platformRows, baselineRows }] = await bench`
      select (select count(*)::int from card_tokens) as "platformRows",
             (select count(*)::int from bench_baseline_tokens) as "baselineRows"`;
    await bench.end();

    const [platformResult, baselineResult] = results;
    const ratio = platformResult.requestsPerSecond / baselineResult.requestsPerSecond;
    const report = {
      date: new Date().toISOString(),
      endpoint: `POST ${PATHNAME}`,
      settings: { durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS, poolSize: 10 },
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        postgres: postgresVersion,
      },
      results,
      platformToBaselineRequestsRatio: ratio,
      rowsInserted: { platform: platformRows, baseline: baselineRows },
    };
    mkdirSync(outputDir, { recursive: true });
    const resultsFile = path.join(outputDir, "results.json");
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    printResults(results, ratio);
    log(`results written to ${path.relative(repoRoot, resultsFile)}`);

    let broken = false;
    for (const r of results) {
      const failed = r.non2xx + r.errors;
      if (r.ok2xx === 0 || failed > MAX_FAILURE_RATIO * (r.requests + r.errors)) {
        console.error(`[bench] ${r.target}: ${r.non2xx} non-2xx and ${r.errors} errors out of ${r.requests} requests: the bench is broken`);
        broken = true;
      }
    }
    if (platformRows < platformResult.ok2xx || baselineRows < baselineResult.ok2xx) {
      console.error(`[bench] fewer rows than 201s (platform ${platformRows}, baseline ${baselineRows})`);
      broken = true;
    }
    if (broken) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

function once(fn) {
  let promise;
  return () => (promise ??= fn());
}

/** Stops the services and drops the database; set by main() once there is something to clean. */
let cleanup = async () => {};

let interrupted = false;
const onSignal = async (signal) => {
  if (interrupted) process.exit(130);
  interrupted = true;
  console.error(`\n[bench] ${signal}: cleaning up (again to force)`);
  await cleanup();
  process.exit(130);
};
process.on("SIGINT", onSignal);
process.on("SIGTERM", onSignal);

try {
  await main();
} catch (error) {
  console.error(`[bench] ${error.stack ?? error}`);
  process.exitCode = 1;
}
