import { authenticateApiKey, createTestClock } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createTestClockBody } from "./schema";

const MAX_BODY_BYTES = 4 * 1024;

// POST /api/v1/test-clocks – a test clock frozen at frozenTime, for customers created with testClockId (secret test key).
export async function handleCreateTestClock(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createTestClockBody, raw);
    const clock = await createTestClock(context, { scope: identity, frozenTime: input.frozenTime, name: input.name });
    return { status: 201, body: clock };
  });
}
