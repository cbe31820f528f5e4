import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { JetonApiError, JetonConnectionError, type JetonClient, type Transaction } from "@jeton/node";
import type { Order } from "./orders";

export type TransactionAction = "capture" | "cancel" | "refund";

/** What the last button press on an order's transaction got back from Jeton, shown on the order page. */
export interface ActionOutcome {
  action: TransactionAction;
  ok: boolean;
  /** The API's error code when it refused (`refund_exceeds_remaining`, …). */
  code?: string;
  message: string;
}

/**
 * The CSRF token of an order's action forms: an HMAC of the order id under a
 * key made when the shop starts. The order page carries it; a page of another
 * site cannot read it, so its forged POST is refused. (The demo has no
 * sessions: the shop's own pages are its only users.)
 */
const formTokenKey = randomBytes(32);
export const orderFormToken = (orderId: string) => createHmac("sha256", formTokenKey).update(`order-actions:${orderId}`).digest("base64url");

function isOrderFormToken(orderId: string, value: string | null): boolean {
  const expected = Buffer.from(orderFormToken(orderId));
  const given = Buffer.from(value ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** In memory like the orders: the outcome of the last action per order. */
const outcomes = new Map<string, ActionOutcome>();

export const lastActionOutcome = (orderId: string) => outcomes.get(orderId);

/** A hosted order's transaction arrives in the verified result; a custom checkout's, from transactions.create. */
export function transactionIdOf(order: Order): string | undefined {
  return order.transactionId ?? order.result?.transactionId ?? undefined;
}

/** The transaction as Jeton reports it now (secret key, from this server), or the reason it could not be read. */
export async function readTransaction(jeton: JetonClient, transactionId: string): Promise<{ transaction?: Transaction; error?: string }> {
  try {
    return { transaction: await jeton.transactions.retrieve(transactionId) };
  } catch (error) {
    if (error instanceof JetonApiError) return { error: `${error.code}: ${error.message}` };
    if (error instanceof JetonConnectionError) return { error: "Jeton could not be reached." };
    throw error;
  }
}

/**
 * Calls the API for one button of the order page. The form carries an
 * Idempotency-Key made when the page was drawn, so a double click or a
 * resubmitted form makes one capture or one refund, not two. The amount is
 * passed as typed (minor units), so the API's own validation answers. A form
 * without the order's CSRF token is refused before anything else
 * (`csrf_token_invalid`), and is not shown on the order page.
 */
export async function runTransactionAction(
  jeton: JetonClient,
  order: Order,
  action: TransactionAction,
  fields: URLSearchParams,
): Promise<ActionOutcome> {
  if (!isOrderFormToken(order.id, fields.get("csrfToken"))) {
    return { action, ok: false, code: "csrf_token_invalid", message: "This form did not come from the shop's order page." };
  }
  const transactionId = transactionIdOf(order);
  let outcome: ActionOutcome;
  if (!transactionId) {
    outcome = { action, ok: false, message: "This order has no transaction." };
  } else {
    const formKey = fields.get("idempotencyKey") ?? "";
    const idempotencyKey = /^[A-Za-z0-9-]{8,64}$/.test(formKey) ? formKey : randomUUID();
    const amountText = (fields.get("amount") ?? "").trim();
    const amount = amountText === "" ? undefined : Number(amountText);
    try {
      if (action === "capture") {
        const tx = await jeton.transactions.capture(transactionId, amount === undefined ? {} : { amount }, { idempotencyKey });
        outcome = { action, ok: true, message: `Captured ${tx.capturedAmount} of ${tx.amount}; the transaction is ${tx.status}.` };
      } else if (action === "cancel") {
        const tx = await jeton.transactions.cancel(transactionId, { idempotencyKey });
        outcome = { action, ok: true, message: `The transaction is ${tx.status}.` };
      } else {
        const refund = await jeton.transactions.refund(transactionId, amount === undefined ? {} : { amount }, { idempotencyKey });
        outcome = {
          action,
          ok: true,
          message: `Refund ${refund.id} of ${refund.amount}: ${refund.status}. Refunded so far ${refund.transaction.refundedAmount} of ${refund.transaction.capturedAmount}; the transaction is ${refund.transaction.status}.`,
        };
      }
    } catch (error) {
      if (error instanceof JetonApiError) outcome = { action, ok: false, code: error.code, message: error.message };
      else if (error instanceof JetonConnectionError) outcome = { action, ok: false, message: "Jeton could not be reached; try again." };
      else throw error;
    }
  }
  outcomes.set(order.id, outcome);
  return outcome;
}

export const newIdempotencyKey = () => randomUUID();
