import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL(".", import.meta.url));

describe("back-office mutations", () => {
  it("follow the API's layout: route.ts exports the method, handler.ts beside it does the work", () => {
    const routes = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => path.basename(file) === "route.ts");
    const mutations = routes.filter((file) => /export\s+const\s+POST\b/.test(readFileSync(path.join(root, file), "utf8")));
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
});
