import { advanceTestClock, authenticateApiKey } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { advanceTestClockBody } from "./schema";

const MAX_BODY_BYTES = 1024;

// POST /api/v1/test-clocks/{id}/advance – asks the clock to move to `to`; answers at once, `advancing`, and the
// background worker runs its customers' due charges, retries, captures and expiries in date order, then `ready`.
export async function handleAdvanceTestClock(request: Request, context: AppContext, params: { id: string }): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(advanceTestClockBody, raw);
    const clock = await advanceTestClock(context, { scope: identity, testClockId: params.id, to: input.to });
    return { status: 200, body: clock };
  });
}
