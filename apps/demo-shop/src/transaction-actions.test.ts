import { createJetonClient } from "@jeton/node";
import { describe, expect, it } from "vitest";
import type { Order } from "./orders";
import { transactionPanel } from "./pages/transaction-panel";
import { lastActionOutcome, orderFormToken, runTransactionAction, transactionIdOf } from "./transaction-actions";

const order = (fields: Partial<Order> = {}): Order => ({ id: "ord_abc123", checkout: "redirect", email: "", status: "paid", createdAt: new Date(), webhookEvents: [], ...fields });

function fakeJeton(answer: (url: string, init: RequestInit) => Response) {
  const calls: Array<{ url: string; init: RequestInit }> = [];
  const jeton = createJetonClient({
    secretKey: "sk_test_abcdefghijklmnopqrstuvwx",
    apiBase: "http://jeton.test",
    fetch: (async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer(url, init);
    }) as typeof fetch,
  });
  return { jeton, calls };
}

describe("the order page's transaction actions", () => {
  it("refuses a form without the order's CSRF token (a cross-site POST) and never calls the API", async () => {
    const { jeton, calls } = fakeJeton(() => Response.json({}, { status: 500 }));
    const paid = order({ id: "ord_csrf01", result: { transactionId: "tx_1" } as Order["result"] });
    const page = transactionPanel(paid, { transactionId: "tx_1" }).value;
    const token = /name="csrfToken" value="([^"]+)"/.exec(page)?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const forgeries: Record<string, string>[] = [{}, { csrfToken: "" }, { csrfToken: `${token}x` }, { csrfToken: token!.slice(1) }, { csrfToken: "forged-forged-forged-forged" }];
    for (const fields of forgeries) {
      const outcome = await runTransactionAction(jeton, paid, "refund", new URLSearchParams({ amount: "500", ...fields }));
      expect(outcome).toMatchObject({ ok: false, code: "csrf_token_invalid" });
    }
    expect(calls).toEqual([]);
    // Nor does the refusal show on the order page as if the shop had tried.
    expect(lastActionOutcome(paid.id)).toBeUndefined();
    // Another order's token does not do either.
    const other = transactionPanel(order({ id: "ord_csrf02" }), { transactionId: "tx_2" }).value;
    const otherToken = /name="csrfToken" value="([^"]+)"/.exec(other)?.[1] ?? "";
    expect(await runTransactionAction(jeton, paid, "cancel", new URLSearchParams({ csrfToken: otherToken }))).toMatchObject({ code: "csrf_token_invalid" });
    expect(calls).toEqual([]);
  });

  it("finds the transaction of a hosted order in its verified result", () => {
    expect(transactionIdOf(order())).toBeUndefined();
    expect(transactionIdOf(order({ result: { transactionId: "tx_1" } as Order["result"] }))).toBe("tx_1");
  });

  it("refunds with the form's Idempotency-Key and the typed amount, and keeps the answer", async () => {
    const { jeton, calls } = fakeJeton(() =>
      Response.json({ id: "re_1", amount: 500, status: "succeeded", transaction: { refundedAmount: 500, capturedAmount: 2500, status: "partially_refunded" } }, { status: 201 }),
    );
    const paid = order({ result: { transactionId: "tx_1" } as Order["result"] });
    const outcome = await runTransactionAction(jeton, paid, "refund", new URLSearchParams({ amount: " 500 ", idempotencyKey: "form-key-123", csrfToken: orderFormToken(paid.id) }));
    expect(outcome).toMatchObject({ action: "refund", ok: true });
    expect(outcome.message).toContain("re_1");
    expect(calls[0]?.url).toBe("http://jeton.test/api/v1/transactions/tx_1/refunds");
    expect((calls[0]?.init.headers as Record<string, string>)["Idempotency-Key"]).toBe("form-key-123");
    expect(calls[0]?.init.body).toBe('{"amount":500}');
    expect(lastActionOutcome(paid.id)).toEqual(outcome);
  });

  it("shows the API's error code when it refuses", async () => {
    const { jeton } = fakeJeton(() =>
      Response.json({ error: { type: "invalid_request_error", code: "transaction_not_capturable", message: "It is captured automatically." } }, { status: 409 }),
    );
    const outcome = await runTransactionAction(jeton, order({ transactionId: "tx_2" }), "capture", new URLSearchParams({ csrfToken: orderFormToken("ord_abc123") }));
    expect(outcome).toMatchObject({ ok: false, code: "transaction_not_capturable" });
    const page = transactionPanel(order(), { transactionId: "tx_2", error: "x", outcome }).value;
    expect(page).toContain('data-testid="action-error-code">transaction_not_capturable<');
    expect(page).toContain("npx jeton settle");
  });

  it("escapes what Jeton answers", () => {
    const page = transactionPanel(order(), {
      transactionId: "tx_<script>",
      outcome: { action: "refund", ok: false, code: "<b>", message: "<img src=x onerror=alert(1)>" },
    }).value;
    expect(page).not.toContain("<script>");
    expect(page).not.toContain("<img");
  });
});
