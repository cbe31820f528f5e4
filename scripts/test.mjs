// npm test: build, unit tests, integration tests (DATABASE_URL or embedded PGlite),
// then Playwright end-to-end in Chromium with the clear-PAN scan.
import { run } from "./lib/processes.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const steps = [
  ["build", "npx", ["turbo", "run", "build", "--output-logs=errors-only"]],
  // Every workspace in one TypeScript program (tsconfig.typecheck.json): the shared packages are checked once,
  // not once per workspace as `turbo run typecheck` does. After the build: it checks Next's generated route types.
  ["type check", "npm", ["run", "typecheck"]],
  ["token.js size budget", "npm", ["run", "size", "-w", "@jeton/token-js"]],
  ["unit and integration tests", "npx", ["vitest", "run"]],
  ["end-to-end tests", "node", ["scripts/e2e.mjs"]],
];
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  await run(command, args, { env });
}
console.log("\nall test steps passed");
