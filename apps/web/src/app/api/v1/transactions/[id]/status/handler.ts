import { getTransactionStatus, isAppError, isOriginAllowed } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { errorResponse } from "@/server/http/error-response";
import { parseBody } from "@/server/http/parse-body";
import { readQuery } from "@/server/http/read-query";
import { transactionStatusQuery } from "./schema";

// GET /api/v1/transactions/{id}/status?client_secret=… – the outcome of a transaction for token.js
// (no API key: the client secret is the credential). A plain GET without custom headers, so the
// browser sends no preflight; CORS is granted to the transaction's merchant's registered origins.
export async function handleGetTransactionStatus(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const origin = request.headers.get("origin");
  let granted: Record<string, string> = { Vary: "Origin" };
  try {
    const query = parseBody(transactionStatusQuery, readQuery(request));
    const status = await getTransactionStatus(context, { clientSecret: query.client_secret, transactionId: params.id, origin });
    if (origin) granted = { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
    return Response.json(status, { headers: { ...granted, "Cache-Control": "no-store" } });
  } catch (error) {
    // token.js on a registered origin may read why (a wrong secret); any other origin learns nothing.
    if (origin && !(isAppError(error) && error.code === "origin_not_allowed")) {
      if (await isOriginAllowed(context, origin).catch(() => false)) granted = { "Access-Control-Allow-Origin": origin, Vary: "Origin" };
    }
    return errorResponse(error, context.logger, granted);
  }
}
