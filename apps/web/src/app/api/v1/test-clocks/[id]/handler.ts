import { authenticateApiKey, getTestClock } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";

// GET /api/v1/test-clocks/{id} – the clock's frozen time and status (`advancing` or `ready`) (secret key).
export async function handleGetTestClock(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const clock = await getTestClock(context, { scope: identity, testClockId: params.id });
  return Response.json(clock, { headers: { "Cache-Control": "no-store" } });
}
