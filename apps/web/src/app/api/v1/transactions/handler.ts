import { authenticateApiKey, createTransaction, listTransactions, revealClientSecret, toTransactionView } from "@jeton/core";
import type { AppContext } from "@/server/context";
import { bearerToken } from "@/server/http/bearer-token";
import { parseBody } from "@/server/http/parse-body";
import { readQuery } from "@/server/http/read-query";
import { readJsonBody } from "@/server/http/read-json-body";
import { respondIdempotently } from "@/server/http/respond-idempotently";
import { createTransactionBody, listTransactionsQuery } from "./schema";

// GET /api/v1/transactions?createdFrom=&createdTo=&status=&merchantReference=&amount=&amountMin=&amountMax=&currency=&customerEmail=&last4=&brand=&customerId=&limit=&startingAfter=
// – the merchant's transactions in the key's mode, newest first, filtered (secret key).
export async function handleListTransactions(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const query = parseBody(listTransactionsQuery, readQuery(request));
  const page = await listTransactions(context, { merchantId: identity.merchantId, mode: identity.mode, ...query });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}

const MAX_CREATE_BODY_BYTES = 16 * 1024;

// POST /api/v1/transactions – charge a card token, a saved card or an earlier payment's card (secret key).
// 201 with the transaction when approved or waiting on 3-D Secure (`requires_action`, with a
// `clientSecret` for token.js); a refusal is recorded and answered 402 `card_declined`.
// An idempotent replay derives the clientSecret again: the stored answer never holds it.
export async function handleCreateTransaction(request: Request, context: AppContext): Promise<Response> {
  const identity = await authenticateApiKey(context, bearerToken(request), "secret");
  const raw = await readJsonBody(request, MAX_CREATE_BODY_BYTES);
  const revealOnReplay = async (stored: unknown) => {
    const { id, nextAction } = stored as { id: string; nextAction?: unknown };
    if (!nextAction) return stored;
    const clientSecret = await revealClientSecret(context, { merchantId: identity.merchantId, mode: identity.mode, transactionId: id });
    return clientSecret ? { ...(stored as object), clientSecret } : stored;
  };
  return respondIdempotently(request, context, identity, raw, async () => {
    const input = parseBody(createTransactionBody, raw);
    const { transaction, clientSecret } = await createTransaction(context, {
      merchantId: identity.merchantId,
      mode: identity.mode,
      input,
    });
    const view = toTransactionView(transaction);
    return { status: 201, body: clientSecret ? { ...view, clientSecret, nextAction: { type: "three_ds_challenge" } } : view };
  }, revealOnReplay);
}
