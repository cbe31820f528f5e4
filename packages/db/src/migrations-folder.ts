import { fileURLToPath } from "node:url";

/** Where the committed migrations live, for tools that run from source (CLI, tests). */
export const migrationsFolder = fileURLToPath(new URL("../migrations", import.meta.url));
