// npm start: build, seed the demo merchant, serve the platform on :3000 and the demo shop on :4000.
import path from "node:path";
import { ensureDevSecrets, readJson, repoRoot, run, startService, waitForUrl } from "./lib/processes.mjs";

const PLATFORM_URL = "http://localhost:3000";
const SHOP_URL = "http://localhost:4000";
/** The demo shop's mail catcher (smtp-server + mailparser): emails land in its Mailbox page. */
const CATCHER_SMTP_PORT = "2525";
const demoFile = path.join(repoRoot, ".data", "demo-shop.json");
const devEnvFile = ensureDevSecrets();
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  // The platform and the CLI read .data/jeton.env only because this names it.
  JETON_DEV_ENV_FILE: devEnvFile,
  JETON_PUBLIC_URL: process.env.JETON_PUBLIC_URL ?? PLATFORM_URL,
  // `next start` runs with NODE_ENV=production, which otherwise requires an https public URL.
  JETON_ALLOW_INSECURE_PUBLIC_URL: process.env.JETON_ALLOW_INSECURE_PUBLIC_URL ?? "true",
  // The demo shop's webhook receiver listens on 127.0.0.1: let test-mode endpoints reach it (never live ones).
  JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS: process.env.JETON_WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? "true",
  // Messaging: unless a real SMTP server is configured, emails go to the demo shop's local mail catcher,
  // and SMS to its receiver through the generic HTTP JSON provider; both show on http://localhost:4000/mailbox.
  JETON_SMTP_URL: process.env.JETON_SMTP_URL ?? `smtp://127.0.0.1:${CATCHER_SMTP_PORT}`,
  JETON_MAIL_FROM: process.env.JETON_MAIL_FROM ?? "Jeton demo <no-reply@jeton.localhost>",
  JETON_SMS_PROVIDER: process.env.JETON_SMS_PROVIDER ?? "http",
  JETON_SMS_URL: process.env.JETON_SMS_URL ?? `${SHOP_URL.replace("localhost", "127.0.0.1")}/sms`,
};

await run("npx", ["turbo", "run", "build", "--filter=@jeton/web...", "--output-logs=errors-only"], { env });
// Seeding opens the database before the platform does (the embedded one takes one process at a time).
await run(
  "npx",
  [
    "jeton", "seed", "demo", "--out", demoFile,
    "--origin", SHOP_URL, "--origin", "http://127.0.0.1:4000",
    "--return-url", `${SHOP_URL}/return/`, "--return-url", "http://127.0.0.1:4000/return/",
    "--webhook-url", "http://127.0.0.1:4000/webhooks/jeton",
  ],
  { env, stdio: ["ignore", "ignore", "inherit"] },
);

// The platform's own server (apps/web/src/serve): one worker on embedded PGlite, one per core on PostgreSQL.
const web = startService("platform", "npm", ["run", "serve"], { env: { ...env, PORT: "3000" }, stdio: "inherit" });
await waitForUrl(`${PLATFORM_URL}/api/health`);
const shop = startService("demo-shop", "npx", ["tsx", "src/server.ts"], {
  cwd: path.join(repoRoot, "apps/demo-shop"),
  // The catcher runs only when the platform uses it (JETON_SMTP_URL not set by you).
  env: { ...env, JETON_URL: PLATFORM_URL, DEMO_SHOP_SMTP_PORT: process.env.JETON_SMTP_URL ? "0" : CATCHER_SMTP_PORT },
  stdio: "inherit",
});
await waitForUrl(`${SHOP_URL}/health`);

const demo = readJson(demoFile);
console.log(`
  Jeton is running.

  Platform         ${PLATFORM_URL}   (token.js at ${PLATFORM_URL}/v1/token.js)
  Demo shop        ${SHOP_URL}   (redirect, iframe, pay-by-link and token.js checkouts)
  Database         ${process.env.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : "embedded PGlite in .data/pglite"}

  Demo merchant    ${demo.merchantId}
  Publishable key  ${demo.keys.test.publishableKey}
  Secret key       ${demo.keys.test.secretKey}
  (keys saved in .data/demo-shop.json)

  Mailbox          ${SHOP_URL}/mailbox   (${process.env.JETON_SMTP_URL ? "emails go to your JETON_SMTP_URL; SMS land here" : "every email and SMS sent, caught locally"})

  Back-office      ${PLATFORM_URL}/login
  Owner email      ${demo.staff?.email ?? "(run npx jeton users create)"}
  Owner password   ${demo.staff?.password ?? ""}
  (first sign-in sets up an authenticator app: scan the QR code, keep the recovery codes)

  Test card 4242 4242 4242 4242, any future expiry, any 3-digit CVC. Ctrl-C stops everything.
`);

const stop = async () => {
  await Promise.all([shop.stopService(), web.stopService()]);
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
