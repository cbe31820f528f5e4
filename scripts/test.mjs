// npm test: build, unit tests, integration tests (DATABASE_URL or embedded PGlite),
// then Playwright end-to-end in Chromium with the clear-PAN scan.
import { run } from "./lib/processes.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = [
  ["build", "npx", ["turbo", "run", "build", "--output-logs=errors-only"]],
  ["type check", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]],
  ["token.js size budget", "npm", ["run", "size", "-w", "@jeton/token-js"]],
  ["unit and integration tests", "npx", ["vitest", "run"]],
  ["end-to-end tests", "node", ["scripts/e2e.mjs"]],
];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  await run(command, args, { env });
}
console.log("\nall test steps passed");
