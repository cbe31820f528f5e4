// npm run bench: load-tests three hot paths of a production build of the platform (npm run serve:
// the platform's own server, its workers, real PostgreSQL) beside a bare node:http baseline doing
// the same essential work (bench/baseline-server.mjs), in the same run:
//   POST /api/v1/card-tokens, POST /api/v1/transactions (frictionless, from a token), GET /pay/{id}
// each at 10 and 50 connections (BENCH_CONNECTIONS=10,50).
//
// Each run uses a fresh database jeton_bench_<random> on the server of DATABASE_URL (default
// postgres://postgres@127.0.0.1:5432/postgres), dropped at the end whatever happens. Both servers
// run side by side, but are loaded one after the other, never together: each platform measure is
// followed at once by the baseline's (same load on the shared machine): warm-up, then BENCH_DURATION
// seconds (default 10). BENCH_SCENARIOS=card-tokens,transactions picks endpoints by part of their
// name; BENCH_ROUNDS=3 repeats the series (noisy machines).
// BENCH_CPU_PROF=1 writes the platform workers' CPU profiles (node --cpu-prof) to bench/.output/profiles.
// BENCH_RISK_ENGINE=off runs the platform with the risk rules skipped (JETON_RISK_ENGINE=off): compare its
// POST /api/v1/transactions p50 with a default run to measure what risk evaluation costs (docs/risk.md).
// BENCH_WORKERS=1 runs the platform with that many worker processes (JETON_WORKERS; default: the platform's
// own default, one per core). The baseline is one process: BENCH_WORKERS=1 compares one process with one.
// Results go to bench/.output/results.json and are printed as Markdown. Exits 1 when more than 1% of
// the requests of any run failed (the bench is broken then).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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
const DURATION = positiveInt("BENCH_DURATION", 10);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS || "10,50").split(",").map(Number);
if (CONNECTIONS.some((n) => !Number.isInteger(n) || n <= 0)) throw new Error("BENCH_CONNECTIONS: comma-separated positive integers");
const CPU_PROF = process.env.BENCH_CPU_PROF === "1";
const RISK_ENGINE = process.env.BENCH_RISK_ENGINE === "off" ? "off" : "on";
const WORKERS = process.env.BENCH_WORKERS ? positiveInt("BENCH_WORKERS", 1) : null;
/** Comma-separated parts of endpoint names (`card-tokens,transactions`); all three by default. */
const SCENARIOS = (process.env.BENCH_SCENARIOS || "").split(",").filter(Boolean);
const selected = (scenario) => SCENARIOS.length === 0 || SCENARIOS.some((part) => scenario.name.includes(part));
/** How many times the whole series runs (each round is a platform/baseline pair per endpoint and connection count). */
const ROUNDS = positiveInt("BENCH_ROUNDS", 1);
const WARMUP = 3;
const MAX_FAILURE_RATIO = 0.01;
const PLATFORM_PORT = 3100;
const BASELINE_PORT = 3101;
const CARD_BODY = JSON.stringify({ card: { number: "4242424242424242", expMonth: "12", expYear: "2034", cvc: "123" } });
/** Fresh tokens cloned for each transactions run: enough for ~8,000 payments/s over warm-up and measure (the bare baseline passed 5,000/s and ran out at 2,500). */
const TOKENS_PER_RUN = 8000 * (DURATION + WARMUP);

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
    pgid: child.pid,
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

/**
 * A scenario: `request` is autocannon's request spec; `next()` (optional) gives each request its
 * body (one fresh card token per payment).
 */
function load(url, scenario, connections, duration) {
  return new Promise((resolve, reject) => {
    const request = { method: scenario.method, path: scenario.path, headers: scenario.headers, body: scenario.body };
    if (scenario.nextBody) {
      request.setupRequest = (req) => ({ ...req, body: scenario.nextBody() });
    }
    autocannon({ url, connections, duration, requests: [request] }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// ---- CPU time -------------------------------------------------------------------

const CLOCK_TICKS = 100; // USER_HZ on Linux

/** utime + stime (ms) of the processes, from /proc; 0 for those gone (or off Linux). */
function cpuMs(pids) {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // Fields after the parenthesised command name: state is 3rd, utime 14th, stime 15th.
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Exited.
    }
  }
  return (ticks * 1000) / CLOCK_TICKS;
}

/** The processes of a service's process group (the platform's primary and workers, or the baseline). */
function groupPids(pgid) {
  if (!existsSync("/proc")) return [];
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]) === pgid;
      } catch {
        return false;
      }
    });
}

/**
 * CPU time per request, which the machine's load barely changes (unlike requests/s): the server's
 * processes plus the PostgreSQL backends connected to the bench database, over the measured window.
 */
async function cpuMeter(service, databaseBackends) {
  const pids = [...groupPids(service.pgid), ...(await databaseBackends())];
  const start = cpuMs(pids);
  const serverStart = cpuMs(groupPids(service.pgid));
  return () => {
    const serverMs = cpuMs(groupPids(service.pgid)) - serverStart;
    return { serverMs, totalMs: cpuMs(pids) - start };
  };
}

async function measure(target, base, scenario, connections, meter) {
  // One request first: a bench that measures error pages measures nothing.
  const probe = await fetch(`${base}${scenario.path}`, {
    method: scenario.method,
    headers: scenario.headers,
    body: scenario.nextBody ? scenario.nextBody() : scenario.body,
  });
  if (probe.status !== scenario.expect) throw new Error(`${target} ${scenario.name}: probe answered ${probe.status}: ${await probe.text()}`);
  log(`${target} ${scenario.name} ×${connections}: warm-up ${WARMUP}s, then ${DURATION}s`);
  await load(base, scenario, connections, WARMUP);
  const stopMeter = await meter();
  const r = await load(base, scenario, connections, DURATION);
  const cpu = stopMeter();
  const requests = r["1xx"] + r["2xx"] + r["3xx"] + r["4xx"] + r["5xx"];
  return {
    target,
    scenario: scenario.name,
    connections,
    requestsPerSecond: r.requests.mean,
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, mean: r.latency.mean, max: r.latency.max },
    requests,
    ok2xx: r["2xx"],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    durationSeconds: r.duration,
    // Server processes, and server + its PostgreSQL backends, in CPU milliseconds per request.
    cpuMsPerRequest: { server: cpu.serverMs / Math.max(1, requests), withDatabase: cpu.totalMs / Math.max(1, requests) },
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

function printResults(rows) {
  const head = ["endpoint", "conn", "platform req/s", "p50 ms", "p99 ms", "baseline req/s", "p50 ms", "p99 ms", "ratio", "errors", "CPU ms/req platform (+db)", "baseline (+db)", "CPU ratio"];
  console.log("\n" + `| ${head.join(" | ")} |`);
  console.log(`| ${head.map((_, i) => (i < 1 ? "---" : "---:")).join(" | ")} |`);
  for (const { platform: p, baseline: b, ratio } of rows) {
    const errors = p.non2xx + p.errors + b.non2xx + b.errors;
    console.log(
      `| ${p.scenario} | ${p.connections} | ${fmt(p.requestsPerSecond, 1)} | ${fmt(p.latencyMs.p50)} | ${fmt(p.latencyMs.p99)} | ` +
        `${fmt(b.requestsPerSecond, 1)} | ${fmt(b.latencyMs.p50)} | ${fmt(b.latencyMs.p99)} | ${ratio.toFixed(3)} | ${fmt(errors)} | ` +
        `${p.cpuMsPerRequest.server.toFixed(2)} (${p.cpuMsPerRequest.withDatabase.toFixed(2)}) | ` +
        `${b.cpuMsPerRequest.server.toFixed(2)} (${b.cpuMsPerRequest.withDatabase.toFixed(2)}) | ` +
        `${(b.cpuMsPerRequest.withDatabase / p.cpuMsPerRequest.withDatabase).toFixed(3)} |`,
    );
  }
  console.log("");
}

async function main() {
  for (const port of [PLATFORM_PORT, BASELINE_PORT]) {
    if (await portInUse(port)) throw new Error(`port ${port} is already in use`);
  }

  if (process.env.BENCH_BUILD === "0") {
    // While iterating on the API (served from source): the pages keep the last build.
    log("not building (BENCH_BUILD=0): the pages are those of the last build");
  } else {
    log("building (turbo, cached when unchanged)");
    const buildEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
    await run(bin("turbo"), ["run", "build", "--filter=@jeton/web...", "--output-logs=errors-only"], { env: buildEnv });
  }

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
      // One address, one card, one merchant: the card-testing defence's thresholds (not its cost: the counters
      // still run, one statement per attempt) are out of the load's way.
      ...Object.fromEntries(
        ["IP", "CARD", "PAYMENT_REQUEST", "MERCHANT"].flatMap((dimension) => [
          [`JETON_CARD_TESTING_CHALLENGE_PER_${dimension}`, "100000000"],
          [`JETON_CARD_TESTING_BLOCK_PER_${dimension}`, "100000000"],
        ]),
      ),
      LOG_LEVEL: "warn",
      JETON_RISK_ENGINE: RISK_ENGINE,
      ...(WORKERS ? { JETON_WORKERS: String(WORKERS) } : {}),
    };
    log(`risk engine ${RISK_ENGINE}, ${WORKERS ?? (process.env.JETON_WORKERS || os.availableParallelism())} platform worker(s)`);
    const results = [];
    const bench = postgres(db.bench, { max: 2, onnotice: () => {} });

    // Platform: npm run serve (one worker per core), CPU profiles on request.
    log(`starting the platform on :${PLATFORM_PORT} (npm run serve)`);
    const profileDir = path.join(outputDir, "profiles");
    // Cluster workers inherit the primary's execArgv, so each writes its own profile when it exits.
    const profile = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
    const platform = startService("platform", process.execPath, [...profile, "--import", "tsx", "src/serve/main.ts"], {
      cwd: path.join(repoRoot, "apps", "web"),
      env: { ...env, PORT: String(PLATFORM_PORT) },
    });
    await waitForHealth(platform, `http://127.0.0.1:${PLATFORM_PORT}/api/health`);
    const merchant = JSON.parse(
      await run(bin("jeton"), ["merchants", "create", "--name", "Bench", "--return-url", "https://shop.example/return/", "--json"], { env, capture: true }),
    );
    const platformBase = `http://127.0.0.1:${PLATFORM_PORT}`;
    const json = { "content-type": "application/json" };
    const pk = { ...json, authorization: `Bearer ${merchant.keys.test.publishableKey}` };
    const sk = { ...json, authorization: `Bearer ${merchant.keys.test.secretKey}` };
    const paymentRequest = await fetch(`${platformBase}/api/v1/payment-requests`, {
      method: "POST",
      headers: sk,
      body: JSON.stringify({ amount: 4200, currency: "EUR", returnUrl: "https://shop.example/return/bench" }),
    });
    if (paymentRequest.status !== 201) throw new Error(`payment request: ${paymentRequest.status} ${await paymentRequest.text()}`);
    const paymentRequestId = (await paymentRequest.json()).id;
    // One token made by the platform, cloned in SQL: each payment spends a fresh one, each clone a card
    // of its own (fingerprint suffixed) as in real traffic, so the risk engine's per-card lock and counts see many cards.
    const freshTokens = async (count) => {
      const seed = await fetch(`${platformBase}/api/v1/card-tokens`, { method: "POST", headers: pk, body: CARD_BODY });
      const { cardTokenId } = await seed.json();
      const prefix = `ctok_b${randomBytes(4).toString("hex")}`;
      await bench.unsafe(
        `insert into card_tokens (id, merchant_id, mode, pan_sealed, pan_kek_id, cvc_sealed, cvc_kek_id, fingerprint, brand, bin, last4,
                                  exp_month, exp_year, holder_name, created_at, expires_at)
         select $2 || lpad(i::text, 13, '0'), merchant_id, mode, pan_sealed, pan_kek_id, cvc_sealed, cvc_kek_id, fingerprint || '.' || $2 || i, brand, bin,
                last4, exp_month, exp_year, holder_name, now(), now() + interval '1 hour'
         from card_tokens, generate_series(1, $3::int) as i where id = $1`,
        [cardTokenId, prefix, count],
      );
      return Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(13, "0")}`);
    };
    const scenarios = (target) => {
      const base = target === "platform";
      return [
        { name: "POST /api/v1/card-tokens", method: "POST", path: "/api/v1/card-tokens", headers: base ? pk : json, body: CARD_BODY, expect: 201 },
        {
          name: "POST /api/v1/transactions",
          method: "POST",
          path: "/api/v1/transactions",
          headers: base ? sk : json,
          expect: 201,
          tokens: base ? freshTokens : baselineTokens,
        },
        // With its language chosen: /pay/{id} alone answers a redirect to it.
        { name: "GET /pay/{id}", method: "GET", path: `/pay/${paymentRequestId}?lang=en`, headers: {}, expect: 200 },
      ];
    };
    const baselineTokens = async (count) => {
      const rows = await bench.unsafe(
        `select id from bench_baseline_tokens where used_at is null limit $1`,
        [count],
      );
      const ids = rows.map((row) => row.id);
      if (ids.length < count) {
        // Not enough left from the tokenization runs: clones of one sealed PAN, as for the platform.
        const prefix = `ctok_b${randomBytes(4).toString("hex")}`;
        const added = await bench.unsafe(
          `insert into bench_baseline_tokens (id, pan_sealed)
           select $1 || lpad(i::text, 13, '0'), (select pan_sealed from bench_baseline_tokens limit 1)
           from generate_series(1, $2::int) as i returning id`,
          [prefix, count - ids.length],
        );
        ids.push(...added.map((row) => row.id));
      }
      return ids;
    };
    const prepare = async (scenario) => {
      if (!scenario.tokens) return;
      const ids = await scenario.tokens(TOKENS_PER_RUN);
      scenario.nextBody = () => JSON.stringify({ amount: 1000, currency: "EUR", cardTokenId: ids.pop() ?? "ctok_exhausted_exhausted" });
    };

    // Baseline, idle beside the platform until its turn.
    log(`starting the baseline on :${BASELINE_PORT} (node:http)`);
    const baseline = startService("baseline", process.execPath, [path.join(repoRoot, "bench", "baseline-server.mjs")], {
      cwd: repoRoot,
      env: { ...env, PORT: String(BASELINE_PORT) },
    });
    const baselineBase = `http://127.0.0.1:${BASELINE_PORT}`;
    await waitForHealth(baseline, `${baselineBase}/health`);
    // The baseline's payments clone a token it sealed itself.
    await fetch(`${baselineBase}/api/v1/card-tokens`, { method: "POST", headers: json, body: CARD_BODY });

    const backends = async () => (await bench`select pid from pg_stat_activity where datname = ${db.name}`).map((row) => row.pid);
    // Each measure of the platform is followed at once by the baseline's, so both see the same load on the machine.
    const platformScenarios = scenarios("platform").filter(selected);
    const baselineScenarios = scenarios("baseline").filter(selected);
    const pairs = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [i, platformScenario] of platformScenarios.entries()) {
        const baselineScenario = baselineScenarios[i];
        for (const connections of CONNECTIONS) {
          await prepare(platformScenario);
          const platformRun = await measure("platform", platformBase, platformScenario, connections, () => cpuMeter(platform, backends));
          await prepare(baselineScenario);
          const baselineRun = await measure("baseline", baselineBase, baselineScenario, connections, () => cpuMeter(baseline, backends));
          results.push(platformRun, baselineRun);
          pairs.push({ platform: platformRun, baseline: baselineRun, ratio: platformRun.requestsPerSecond / baselineRun.requestsPerSecond });
        }
      }
    }
    await platform.stop();
    await baseline.stop();
    await bench.end();

    const rows = pairs;
    const report = {
      date: new Date().toISOString(),
      settings: { durationSeconds: DURATION, warmupSeconds: WARMUP, connections: CONNECTIONS, rounds: ROUNDS, scenarios: SCENARIOS, riskEngine: RISK_ENGINE, workers: WORKERS ?? (Number(process.env.JETON_WORKERS) || os.availableParallelism()) },
      machine: {
        cpus: os.availableParallelism(),
        cpuModel: os.cpus()[0]?.model,
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        platform: `${os.type()} ${os.release()} ${os.arch()}`,
        node: process.version,
        postgres: postgresVersion,
        loadAverageAtEnd: os.loadavg(),
      },
      results: rows,
    };
    mkdirSync(outputDir, { recursive: true });
    const resultsFile = path.join(outputDir, "results.json");
    writeFileSync(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
    printResults(rows);
    log(`load average at the end: ${os.loadavg().map((n) => n.toFixed(2)).join(" ")}`);
    log(`results written to ${path.relative(repoRoot, resultsFile)}`);

    let broken = false;
    for (const r of results) {
      const failed = r.non2xx + r.errors;
      if (r.ok2xx === 0 || failed > MAX_FAILURE_RATIO * (r.requests + r.errors)) {
        console.error(`[bench] ${r.target} ${r.scenario} ×${r.connections}: ${r.non2xx} non-2xx and ${r.errors} errors out of ${r.requests}: the bench is broken`);
        broken = true;
      }
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
