import { defineConfig } from "@playwright/test";

/**
 * Specs that change what other specs rely on, run one at a time after all the
 * others: these back-office ones change the demo merchant for everyone (test
 * settlement of every captured payment, the card blacklist, branding,
 * languages, key rolls; the messaging one reads the shared mailbox), and
 * signed-results registers a webhook endpoint for the demo merchant and counts
 * what reaches it, so it must not run beside specs that pay the same merchant;
 * the README screenshots come last.
 *
 * backoffice-auth (its own `enrol` and `lockout` accounts, a new staff member)
 * and backoffice-links (its own payment links; the dashboard's charts are read
 * whatever the volume) change nothing another spec reads, so they run with the
 * independent ones. Staff accounts are shared, but e2e/backoffice.ts keeps each
 * account's TOTP codes single-use across workers (the last window used is in a
 * file) and caches sessions per role.
 */
const sharedState = [
  /backoffice-(messaging|payments|settings)\.spec\.ts$/,
  /signed-results\.spec\.ts$/,
  /zz-readme-screenshots\.spec\.ts$/,
];

// The servers are started by scripts/e2e.mjs (so that it can stop them and then
// inspect the database); this config only drives Debian's Chromium.
export default defineConfig({
  testDir: "./specs",
  outputDir: "./.output/test-results",
  // Spec files run side by side; the tests of one file keep their order.
  fullyParallel: false,
  workers: 2,
  projects: [
    { name: "independent", testIgnore: sharedState },
    { name: "shared-state", testMatch: sharedState, workers: 1, dependencies: ["independent"] },
  ],
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: "http://127.0.0.1:4000",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
});
