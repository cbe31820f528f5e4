import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The web app's `@/…` import alias, for its handler tests.
const alias = { "@": fileURLToPath(new URL("./apps/web/src", import.meta.url)) };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        // Next.js compiles JSX itself (tsconfig says "preserve"); tests that render a page need the React 17+ transform.
        esbuild: { jsx: "automatic" },
        test: {
          name: "unit",
          include: ["packages/**/src/**/*.test.ts", "apps/**/src/**/*.test.ts", "packages/token-js/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/*.server.test.ts", "**/node_modules/**"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          // Migrates one template database per run; each test file's database is a copy of it.
          globalSetup: ["./packages/db/src/testing/vitest-global-setup.ts"],
          include: ["packages/**/src/**/*.integration.test.ts", "apps/**/src/**/*.integration.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file gets its own database; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
      {
        test: {
          // The SDK against a running platform: scripts/e2e.mjs runs it with JETON_API_URL and E2E_OUTPUT set.
          name: "sdk",
          include: ["packages/node/src/**/*.server.test.ts"],
          exclude: ["**/node_modules/**"],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
