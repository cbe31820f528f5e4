import type { ErrorCode } from "@jeton/core";
import type { z } from "zod";

export type HttpMethod = "GET" | "POST" | "DELETE";

/** One operation of the HTTP API, as the registry describes it (see operations.ts in this folder). */
export interface ApiOperation {
  method: HttpMethod;
  /** `{name}` marks a path parameter. */
  path: string;
  operationId: string;
  /** Groups operations in the document and on the reference page. */
  tag: string;
  summary: string;
  description?: string;
  /**
   * Which key goes in `Authorization: Bearer …`; `clientSecret` for token.js's
   * calls that carry a transaction's client secret instead; `none` for public documents.
   */
  auth: "secret" | "publishable" | "clientSecret" | "none";
  /** Accepts an `Idempotency-Key` header (every POST made with a secret key does). */
  idempotent?: boolean;
  body?: z.ZodType;
  /** A body the operation accepts: shown in the reference, and the seed the fuzzer mutates. */
  bodyExample?: Record<string, unknown>;
  query?: z.ZodType;
  response: {
    status: number;
    description: string;
    /**
     * The zod schema of the success body: the view core answers with (a `*-view.ts`).
     * A schema (or a part of it) named with `.meta({ id: "Transaction" })` becomes
     * `components.schemas.Transaction` and is referenced from every place it appears.
     */
    schema: z.ZodType;
    example?: unknown;
    contentType?: string;
    /** Other statuses answered with the same schema (the 503 of health and readiness). */
    alsoStatuses?: readonly number[];
  };
  /** The codes this operation answers besides the generic ones. */
  errors: readonly ErrorCode[];
}
