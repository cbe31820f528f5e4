import { authenticateApiKey, createCustomer, listCustomers } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readQuery } from "@/server/http/read-query";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createCustomerBody, listCustomersQuery } from "./schema";

const MAX_BODY_BYTES = 16 * 1024;

// POST /api/v1/customers – create a customer, saving the card of a cardTokenId if given (secret key).
export async function handleCreateCustomer(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_BODY_BYTES);
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createCustomerBody, raw);
    const customer = await createCustomer(context, { merchantId: identity.merchantId, mode: identity.mode, input });
    return { status: 201, body: customer };
  });
}

// GET /api/v1/customers?limit=&startingAfter=&email= – the merchant's customers, newest first (secret key).
export async function handleListCustomers(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const query = parseBody(listCustomersQuery, readQuery(request));
  const page = await listCustomers(context, { merchantId: identity.merchantId, mode: identity.mode, ...query });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}
