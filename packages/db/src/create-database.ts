import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres, { type Sql } from "postgres";
import { acquireDataDirLock } from "./acquire-data-dir-lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/**
 * Both drivers expose the same drizzle query API; the postgres.js type is used
 * as the common one so that operations are written once.
 */
export type Database = PostgresJsDatabase<Schema>;

export type DatabaseOptions =
  | { url: string; maxConnections?: number }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Database;
  driver: "postgres" | "pglite";
  /** Runs raw SQL and returns rows, whichever driver is underneath. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** PGlite only: the whole data folder as a tarball, to start other databases from (`loadDataDir`). */
  dumpDataDir?(): Promise<Blob>;
  close(): Promise<void>;
}

/**
 * drizzle sends its queries unprepared, and postgres.js then asks the server
 * for an unprepared query's parameter types before it can send the values:
 * two round trips per statement (Parse/Describe, then Bind/Execute), the
 * hot paths' largest avoidable cost (BENCHMARKS.md). Prepared, each distinct
 * statement costs that once per connection and one round trip afterwards,
 * which is postgres.js's own default. Statements stay cached per connection
 * (connections are recycled after 30-60 minutes); postgres.js re-prepares a
 * statement invalidated by a migration. A pooler in transaction mode
 * (PgBouncer before 1.21) would need them off.
 */
function preparingStatements<T extends Sql>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, params?: never[], options?: Record<string, unknown>) => target.unsafe(query, params, { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        // The transaction's own client (drizzle's `tx`) prepares too.
        return (...args: unknown[]) => {
          const callback = args.pop() as (inner: Sql) => unknown;
          // `savepoint` exists on a transaction's client (TransactionSql), `begin` on the pool's.
          const method = Reflect.get(target, property) as (...a: unknown[]) => unknown;
          return method.call(target, ...args, (inner: Sql) => callback(preparingStatements(inner)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}

/** postgres.js when a URL is given, otherwise embedded PGlite (on disk or in memory). */
export function createDatabase(options: DatabaseOptions): DatabaseHandle {
  if ("url" in options) {
    const client = postgres(options.url, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
    });
    return {
      db: drizzlePostgres(preparingStatements(client), { schema }),
      driver: "postgres",
      query: async (text, params) => (await client.unsafe(text, params as never[])) as never,
      close: () => client.end({ timeout: 5 }),
    };
  }
  let client: PGlite;
  let unlock = () => {};
  if ("dataDir" in options) {
    mkdirSync(options.dataDir, { recursive: true });
    unlock = acquireDataDirLock(options.dataDir);
    client = new PGlite(options.dataDir);
  } else {
    client = new PGlite(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  }
  return {
    db: drizzlePglite(client, { schema }) as unknown as Database,
    driver: "pglite",
    query: async (text, params) => (await client.query(text, params)).rows as never,
    dumpDataDir: () => client.dumpDataDir("none"),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
