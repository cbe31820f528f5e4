import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { loadPlatformConfig } from "@jeton/config";
import { createPaymentRequest, createSimulatedAcquirer, createVault, platformUrls, submitPaymentAttempt, systemClock } from "@jeton/core";
import { createDatabase, migrateDatabase, schema } from "@jeton/db";
import { migrationsFolder } from "@jeton/db/migrations-folder";
import { createTestDatabase } from "@jeton/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { bundleCli } from "./testing/bundle-cli";

const bin = fileURLToPath(new URL("../bin/jeton.mjs", import.meta.url));
// Most commands run from a bundle of the same source (see bundleCli); the live-mode test runs bin/jeton.mjs itself.
const bundle = await bundleCli();
const dir = mkdtempSync(path.join(tmpdir(), "jeton-cli-"));
// Its own database and secrets: the CLI is exercised as an operator runs it. With DATABASE_URL (CI), a fresh
// database on that server, as the platform uses it there; otherwise the embedded one, in its own folder
// (each command then boots PGlite, seconds apiece).
const server = process.env.DATABASE_URL ? await createTestDatabase() : null;
const env = {
  ...process.env,
  DATABASE_URL: server?.url ?? "",
  JETON_DATA_DIR: path.join(dir, "data"),
  JETON_VAULT_KEKS: `k1:${randomBytes(32).toString("base64")}`,
  JETON_FINGERPRINT_KEY: randomBytes(32).toString("base64"),
  // As npm start runs it: the demo shop's receiver is on 127.0.0.1 (test mode only).
  JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS: "true",
};
if (!server) delete (env as Record<string, string | undefined>).DATABASE_URL;

async function jeton(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return jetonWith(env, ...args);
}

async function jetonWith(runEnv: NodeJS.ProcessEnv, ...args: string[]) {
  return runCli(bundle, runEnv, ...args);
}

async function runCli(entry: string, runEnv: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [entry, ...args], { env: runEnv, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(bundle, { force: true });
});

describe("the jeton CLI", () => {
  it("reads .data/jeton.env only when JETON_DEV_ENV_FILE asks for it, never because it exists", async () => {
    const devFile = fileURLToPath(new URL("../../../.data/jeton.env", import.meta.url));
    const created = !existsSync(devFile);
    if (created) {
      mkdirSync(path.dirname(devFile), { recursive: true });
      writeFileSync(devFile, `JETON_VAULT_KEKS=dev1:${randomBytes(32).toString("base64")}\nJETON_FINGERPRINT_KEY=${randomBytes(32).toString("base64")}\n`);
    }
    try {
      const { JETON_VAULT_KEKS: _keks, JETON_FINGERPRINT_KEY: _fingerprint, ...withoutSecrets } = env;
      const refused = await jetonWith({ ...withoutSecrets, JETON_DATA_DIR: path.join(dir, "dev-file") }, "purge");
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("JETON_VAULT_KEKS");
      const asked = await jetonWith({ ...withoutSecrets, JETON_DATA_DIR: path.join(dir, "dev-file"), JETON_DEV_ENV_FILE: devFile }, "purge");
      expect(asked.code).toBe(0);
    } finally {
      if (created) rmSync(devFile);
    }
  }, 120_000);

  const out = path.join(dir, "demo.json");

  it("seeds the demo merchant once, with its webhook secret, and adds URLs given later", async () => {
    const first = await jeton("seed", "demo", "--out", out, "--origin", "http://localhost:4000", "--return-url", "http://localhost:4000/return/", "--webhook-url", "http://127.0.0.1:4000/webhooks/jeton");
    expect(first.code).toBe(0);
    const saved = JSON.parse(readFileSync(out, "utf8"));
    expect(saved.merchantId).toMatch(/^mer_/);
    expect(saved.webhook.secret).toMatch(/^whsec_/);

    const again = await jeton("seed", "demo", "--out", out, "--origin", "http://localhost:4000", "--return-url", "http://127.0.0.1:4000/return/", "--webhook-url", "http://127.0.0.1:4000/webhooks/jeton");
    expect(again.code).toBe(0);
    const reused = JSON.parse(again.stdout);
    expect(reused).toMatchObject({ merchantId: saved.merchantId, reused: true, webhook: { secret: saved.webhook.secret } });
    expect(reused.returnUrls).toEqual(expect.arrayContaining(["http://localhost:4000/return/", "http://127.0.0.1:4000/return/"]));
    // The back-office owner: created once, its password kept in the file.
    expect(saved.staff).toEqual({ email: "owner@demo.jeton.test", password: expect.stringMatching(/^.{12,}$/) });
    expect(JSON.parse(readFileSync(out, "utf8")).staff).toEqual(saved.staff);
  }, 120_000);

  it("says plainly that live mode is off: status, merchants create and seed demo; a simulator as live acquirer is refused", async () => {
    const status = await jeton("status");
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/test mode:\s+on \(simulated acquirer\)/);
    expect(status.stdout).toMatch(/live mode:\s+OFF/);
    const statusJson = JSON.parse((await jeton("status", "--json")).stdout);
    expect(statusJson).toMatchObject({ modes: { test: { available: true, acquirer: "simulator" }, live: { available: false, acquirer: null } } });

    const created = await jeton("merchants", "create", "--name", "Live Check");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("live secret key");
    expect(created.stdout).toMatch(/Live mode is OFF on this platform/);
    const createdJson = JSON.parse((await jeton("merchants", "create", "--name", "Live Check 2", "--json")).stdout);
    expect(createdJson.liveMode).toEqual({ available: false, reason: expect.stringMatching(/no live acquirer/) });
    expect(JSON.parse((await jeton("seed", "demo", "--out", out)).stdout).liveMode).toMatchObject({ available: false });

    const refused = await promisify(execFile)(process.execPath, [bin, "status"], { env: { ...env, JETON_LIVE_ACQUIRER: "simulator" }, timeout: 60_000 }).catch((e: unknown) => e as { code: number; stderr: string });
    expect(refused).toMatchObject({ code: 1 });
    expect((refused as { stderr: string }).stderr).toMatch(/JETON_LIVE_ACQUIRER: the simulator serves test mode only/);
  }, 120_000);

  it("creates staff users, with or without a TOTP secret, and refuses duplicates and weak passwords", async () => {
    const { merchantId } = JSON.parse(readFileSync(out, "utf8"));
    const secret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
    const owner = await jeton("users", "create", "--merchant", merchantId, "--email", "Ops@Shop.example", "--password", "a long enough password", "--role", "admin", "--totp-secret", secret, "--json");
    expect(owner.code).toBe(0);
    const user = JSON.parse(owner.stdout);
    expect(user).toMatchObject({ id: expect.stringMatching(/^usr_/), merchantId, email: "ops@shop.example", role: "admin", totpEnabled: true });
    expect(owner.stdout).not.toContain("a long enough password");
    expect(owner.stdout).not.toContain(secret);

    const plain = await jeton("users", "create", "--merchant", merchantId, "--email", "viewer@shop.example", "--password", "another long password", "--role", "viewer");
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain("first sign-in");

    const duplicate = await jeton("users", "create", "--merchant", merchantId, "--email", "OPS@shop.example", "--password", "a long enough password", "--role", "viewer");
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("email_taken");
    const short = await jeton("users", "create", "--merchant", merchantId, "--email", "x@shop.example", "--password", "short", "--role", "viewer");
    expect(short.stderr).toContain("parameter_invalid");
    expect(short.stderr).toContain("12 characters");
    const role = await jeton("users", "create", "--merchant", merchantId, "--email", "y@shop.example", "--password", "a long enough password", "--role", "root");
    expect(role.stderr).toContain("--role");
    const badSecret = await jeton("users", "create", "--merchant", merchantId, "--email", "z@shop.example", "--password", "a long enough password", "--role", "viewer", "--totp-secret", "not base32!");
    expect(badSecret.stderr).toContain("totpSecret");
    const unknown = await jeton("users", "create", "--merchant", "mer_nope", "--email", "w@shop.example", "--password", "a long enough password", "--role", "viewer");
    expect(unknown.stderr).toContain("resource_not_found");
  }, 120_000);

  it("adds origins and return URLs to a merchant, and refuses bad ones", async () => {
    const { merchantId } = JSON.parse(readFileSync(out, "utf8"));
    const added = await jeton("merchants", "add-urls", "--merchant", merchantId, "--origin", "https://shop.example", "--return-url", "https://shop.example/back/");
    expect(added.code).toBe(0);
    const registered = JSON.parse(added.stdout);
    expect(registered.origins).toContain("https://shop.example");
    expect(registered.returnUrls).toEqual(expect.arrayContaining(["https://shop.example/back/", "http://localhost:4000/return/"]));
    expect(registered.mode).toBe("test");
    // Live mode keeps its own list, and takes https only, localhost included.
    const live = await jeton("merchants", "add-urls", "--merchant", merchantId, "--mode", "live", "--origin", "https://live.shop.example", "--return-url", "https://live.shop.example/back/");
    expect(JSON.parse(live.stdout)).toEqual({ merchantId, mode: "live", origins: ["https://live.shop.example"], returnUrls: ["https://live.shop.example/back/"] });
    for (const flag of ["--origin", "--return-url"]) {
      const insecure = await jeton("merchants", "add-urls", "--merchant", merchantId, "--mode", "live", flag, "http://localhost:4000/");
      expect(insecure.code).toBe(1);
      expect(insecure.stderr).toContain("https");
    }
    const created = await jeton("merchants", "create", "--name", "Laptop shop", "--origin", "http://localhost:5000", "--return-url", "http://localhost:5000/back/", "--json");
    expect(JSON.parse(created.stdout)).toMatchObject({ origins: ["http://localhost:5000"], returnUrls: ["http://localhost:5000/back/"] });
    expect((await jeton("merchants", "create", "--name", "Live shop", "--mode", "live", "--origin", "http://localhost:5000")).code).toBe(1);
    const bad = await jeton("merchants", "add-urls", "--merchant", merchantId, "--return-url", "ftp://shop.example/");
    expect(bad.code).toBe(1);
    const unknown = await jeton("merchants", "add-urls", "--merchant", "mer_nope", "--origin", "https://x.example");
    expect(unknown.stderr).toContain("No such merchant");
  }, 120_000);

  it("sets the 3-D Secure policy, and refuses a bad one without changing it", async () => {
    const { merchantId } = JSON.parse(readFileSync(out, "utf8"));
    const set = await jeton("merchants", "three-ds", "--merchant", merchantId, "--policy", "above_amount", "--threshold", "5000", "--currency", "eur");
    expect(set.code).toBe(0);
    expect(JSON.parse(set.stdout)).toEqual({ merchantId, threeDsPolicy: "above_amount", threshold: 5000, thresholdCurrency: "EUR" });
    const bad = await jeton("merchants", "three-ds", "--merchant", merchantId, "--policy", "above_amount", "--threshold", "12.5", "--currency", "EUR");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("parameter_invalid");
    const unknown = await jeton("merchants", "three-ds", "--merchant", "mer_nope", "--policy", "always");
    expect(unknown.stderr).toContain("resource_not_found");
  }, 120_000);

  it("creates webhook endpoints, refuses an http one in live mode, and purges", async () => {
    const { merchantId } = JSON.parse(readFileSync(out, "utf8"));
    // An address, not a name: the CLI resolves with the system's DNS, which tests do not have.
    const created = await jeton("webhooks", "create", "--merchant", merchantId, "--url", "https://93.184.216.34/hooks", "--event", "payment_request.succeeded", "--json");
    expect(created.code).toBe(0);
    expect(JSON.parse(created.stdout)).toMatchObject({ url: "https://93.184.216.34/hooks", eventTypes: ["payment_request.succeeded"], secret: expect.stringMatching(/^whsec_/) });
    const live = await jeton("webhooks", "create", "--merchant", merchantId, "--url", "http://shop.example/hooks", "--mode", "live");
    expect(live.code).toBe(1);
    expect(live.stderr).toContain("https");
    for (const [url, mode] of [["http://169.254.169.254/latest/meta-data/", "test"], ["https://127.0.0.1/hooks", "live"]]) {
      const refused = await jeton("webhooks", "create", "--merchant", merchantId, "--url", url!, "--mode", mode!);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("webhook_url_not_allowed");
    }
    const drained = await jeton("webhooks", "drain");
    expect(JSON.parse(drained.stdout)).toEqual({ attempted: 0, succeeded: 0, failed: 0 });
    const purged = await jeton("purge");
    expect(Object.keys(JSON.parse(purged.stdout)).sort()).toEqual(["cardTestingRowsDropped", "countersDropped", "cvcsErased", "idempotencyKeysDropped", "pansDestroyed", "riskAssessmentsDropped", "signInFailuresDropped"]);
  }, 120_000);

  it("imports a BIN file, reporting the lines it refused", async () => {
    const file = path.join(dir, "bins.csv");
    writeFileSync(file, "bin,scheme,type,country,bank\n45717360,visa,debit,DK,Jyske Bank\n\"52001234\",mastercard,CREDIT,fr,\"Banque, SA\"\n12ab,visa,debit,DK,x\n");
    const imported = await jeton("bins", "import", file);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual({ imported: 2, rejected: [{ line: 4, reason: expect.stringContaining("not 6 to 11 digits") }], rejectedCount: 1 });
    const missing = await jeton("bins", "import");
    expect(missing.code).toBe(1);
  }, 120_000);

  it("settles what was captured before the cut-off, once, and refuses a bad or future cut-off", async () => {
    const { merchantId } = JSON.parse(readFileSync(out, "utf8"));
    // Between CLI runs the database is free (the embedded one takes one process): pay once through the hosted-page path.
    const config = loadPlatformConfig(env);
    const openDb = async () => {
      const handle = createDatabase(config.database);
      await migrateDatabase(handle, migrationsFolder);
      return handle;
    };
    let handle = await openDb();
    let transactionId: string;
    try {
      const deps = { db: handle.db, vault: createVault(config.vault), clock: systemClock, acquirers: { test: createSimulatedAcquirer() }, urls: platformUrls("http://localhost:3000") };
      const request = await createPaymentRequest(deps, {
        merchantId,
        mode: "test",
        input: { amount: 1500, currency: "EUR", returnUrl: "http://localhost:4000/return/1" },
      });
      const paid = await submitPaymentAttempt(deps, {
        paymentRequestId: request.id,
        card: { number: "4242424242424242", expMonth: "12", expYear: "2030", cvc: "123" },
        challengeWindowSize: "05",
      });
      if (paid.kind !== "completed") throw new Error(paid.kind);
      expect(paid.transaction.status).toBe("captured");
      transactionId = paid.transaction.id;
    } finally {
      await handle.close();
    }

    const future = await jeton("settle", "--cutoff", new Date(Date.now() + 3_600_000).toISOString());
    expect(future.code).toBe(1);
    expect(future.stderr).toContain("parameter_invalid");
    const vague = await jeton("settle", "--cutoff", "2026-11-27 22:00");
    expect(vague.code).toBe(1);
    expect(vague.stderr).toContain("--cutoff");

    const run = await jeton("settle");
    expect(run.code).toBe(0);
    const settlement = JSON.parse(run.stdout);
    expect(settlement).toMatchObject({ object: "settlement", id: expect.stringMatching(/^stl_/), settledNow: 1, transactionCount: 1, alreadyRun: false });
    const again = await jeton("settle", "--cutoff", settlement.cutoffAt);
    expect(JSON.parse(again.stdout)).toMatchObject({ id: settlement.id, settledNow: 0, transactionCount: 1, alreadyRun: true });

    handle = await openDb();
    try {
      const [row] = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.id, transactionId));
      expect(row).toMatchObject({ status: "settled", settlementId: settlement.id });
    } finally {
      await handle.close();
    }
  }, 120_000);
});
