import { authenticateApiKey, listEvents } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readQuery } from "@/server/http/read-query";
import { listEventsQuery } from "./schema";

// GET /api/v1/events?limit=&startingAfter=&type=&objectId= – the merchant's events, newest first (secret key).
export async function handleListEvents(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const query = parseBody(listEventsQuery, readQuery(request));
  const page = await listEvents(context, { merchantId: identity.merchantId, mode: identity.mode, ...query });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
