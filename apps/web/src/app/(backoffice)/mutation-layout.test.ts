import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

/**
 * The mutations that take no input but the wrapper's `csrf` and `back` (the
 * path's id says it all): they have no schema.ts. Any other mutation parses
 * its fields with the zod schema of its schema.ts, in handler.ts.
 */
const WITHOUT_INPUT = [
  "dashboard/payments/[id]/cancel",
  "dashboard/payments/settle-test",
  "dashboard/risk/rules/[id]/delete",
  "dashboard/settings/branding/logo/remove",
  "dashboard/settings/developers/keys/roll",
  "dashboard/settings/developers/webhooks/[id]/delete",
  "dashboard/settings/developers/webhooks/[id]/test",
  "dashboard/settings/staff/[id]/disable",
  "dashboard/settings/staff/[id]/unlock",
  "dashboard/sign-out",
  "dashboard/subscriptions/[id]/pause",
  "dashboard/subscriptions/[id]/resume",
  "login/recovery-codes/continue",
];
const mutationRoutes = () =>
  readdirSync(root, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "route.ts")
    .filter((file) => /export\s+const\s+POST\b/.test(readFileSync(path.join(root, file), "utf8")));

describe("back-office mutations", () => {
  it("follow the API's layout: route.ts exports the method, handler.ts beside it does the work", () => {
    const mutations = mutationRoutes();
    expect(mutations.length).toBeGreaterThan(20);
    const withoutHandler = mutations.filter((file) => !existsSync(path.join(root, path.dirname(file), "handler.ts")));
    expect(withoutHandler).toEqual([]);
    const otherModules = mutations.flatMap((file) =>
      readdirSync(path.join(root, path.dirname(file)), { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") && !["route.ts", "handler.ts", "schema.ts"].includes(entry.name))
        .map((entry) => path.join(path.dirname(file), entry.name)),
    );
    expect(otherModules).toEqual([]);
  });

  it("parse their input with a zod schema: schema.ts beside route.ts, used by handler.ts, unless they take none", () => {
    const folders = mutationRoutes().map((file) => path.dirname(file).split(path.sep).join("/"));
    const withoutSchema = folders.filter((folder) => !existsSync(path.join(root, folder, "schema.ts")) && !WITHOUT_INPUT.includes(folder));
    expect(withoutSchema).toEqual([]);
    const schemaUnused = folders.filter((folder) => existsSync(path.join(root, folder, "schema.ts")) && !/from "\.\/schema"/.test(readFileSync(path.join(root, folder, "handler.ts"), "utf8")));
    expect(schemaUnused).toEqual([]);
    // The allow-list stays true: a listed mutation really reads no field of its own.
    const readingFields = WITHOUT_INPUT.filter((folder) => /\bfields\.get(All)?\(\s*"(?!csrf")/.test(readFileSync(path.join(root, folder, "handler.ts"), "utf8")));
    expect(readingFields).toEqual([]);
    expect(WITHOUT_INPUT.filter((folder) => !folders.includes(folder))).toEqual([]);
  });
});
