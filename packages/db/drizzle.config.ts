import { defineConfig } from "drizzle-kit";

// Only `generate` is used: migrations are reviewed SQL committed to the repo,
// never pushed straight to a payments database.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "./migrations",
});
