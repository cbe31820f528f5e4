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
  | {
      url: string;
      maxConnections?: number;
      /**
       * Whether `asyncCommitDb` is a pool of its own whose connections commit
       * asynchronously (`synchronous_commit = off`); false makes it `db`. See
       * docs/operations.md#durability-of-tokenization (JETON_TOKENIZE_SYNCHRONOUS_COMMIT).
       */
      asyncCommit?: boolean;
    }
  | { dataDir: string }
  | { memory: true; loadDataDir?: Blob };

export interface DatabaseHandle {
  db: Database;
  /**
   * The same database through connections that commit without waiting for the
   * WAL flush (`synchronous_commit = off` as a connection parameter), or `db`
   * itself when asynchronous commit is off or the database is embedded. For
   * writes whose loss in a PostgreSQL crash costs a retry and nothing else
   * (tokenization's counters and tokens, card-attempt counters): single rows
   * that every request of one address, card or merchant updates, whose row
   * locks a synchronous commit would hold through a disk flush.
   */
  asyncCommitDb: Database;
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
    const max = options.maxConnections ?? 10;
    const client = postgres(options.url, { max, onnotice: () => {} });
    const db = drizzlePostgres(preparingStatements(client), { schema });
    // Its statements are short single statements: half the main pool's size is plenty (connections open on demand).
    const asyncClient = options.asyncCommit
      ? postgres(options.url, { max: Math.max(2, Math.ceil(max / 2)), onnotice: () => {}, connection: { synchronous_commit: "off" } })
      : null;
    return {
      db,
      asyncCommitDb: asyncClient ? drizzlePostgres(preparingStatements(asyncClient), { schema }) : db,
      driver: "postgres",
      query: async (text, params) => (await client.unsafe(text, params as never[])) as never,
      close: async () => {
        await Promise.all([client.end({ timeout: 5 }), asyncClient?.end({ timeout: 5 })]);
      },
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
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    // One process, one embedded database: nothing to gain, and nothing to lose, by committing asynchronously.
    asyncCommitDb: db,
    driver: "pglite",
    query: async (text, params) => (await client.query(text, params)).rows as never,
    dumpDataDir: () => client.dumpDataDir("none"),
    close: async () => {
      await client.close();
      unlock();
    },
  };
}
