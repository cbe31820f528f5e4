export { createDatabase, type Database, type DatabaseHandle, type DatabaseOptions, type Schema } from "./create-database";
export { migrateDatabase } from "./migrate-database";
export { runStatement, type StatementExecutor } from "./run-statement";
export * as schema from "./schema";
