import { randomBytes } from "node:crypto";
import type { CardToken, PaymentResult } from "@jeton/node";
import type { RecurringOrder } from "./recurring";

export type Checkout = "custom" | "redirect" | "iframe" | "link" | "one-click" | "subscribe" | "pay-in-3";
export type OrderStatus = "pending" | "paid" | "refused" | "canceled" | "expired";

export interface Order {
  id: string;
  checkout: Checkout;
  email: string;
  status: OrderStatus;
  createdAt: Date;
  // custom checkout (token.js)
  cardTokenId?: string;
  card?: CardToken["card"] | undefined;
  tokenStatus?: string;
  receivedFields?: string[];
  // one-click: the card saved at Jeton that the shop's server charged
  savedCard?: { id: string; brand: string; last4: string };
  /** The transaction the shop's server created from the token, as Jeton last answered. */
  transactionId?: string;
  transactionStatus?: string;
  declineCode?: string | undefined;
  /** While the bank asks the shopper (`requires_action`): for Jeton.handleNextAction on the next page. */
  clientSecret?: string;
  // hosted checkouts
  paymentRequestId?: string;
  /** The payment request's mode: the only mode its signed result may be in. */
  mode?: "test" | "live";
  payUrl?: string;
  embedUrl?: string;
  /** The last result verified from `jeton_result` (the shopper's return). */
  result?: PaymentResult;
  /** Event types verified from webhooks, in arrival order. */
  webhookEvents: string[];
  paidVia?: "return" | "webhook" | "api";
  /** "Subscribe monthly" and "pay in 3": the test clock, the customer, then the subscription or plan. */
  recurring?: RecurringOrder;
}

/** A demo: orders live in memory, found by id or by their payment request. */
export function createOrderStore() {
  const orders = new Map<string, Order>();
  const byPaymentRequest = new Map<string, string>();
  return {
    create(fields: Omit<Order, "id" | "status" | "createdAt" | "webhookEvents">): Order {
      const order: Order = { id: `ord_${randomBytes(6).toString("hex")}`, status: "pending", createdAt: new Date(), webhookEvents: [], ...fields };
      orders.set(order.id, order);
      return order;
    },
    attachPaymentRequest(order: Order, pr: { id: string; mode: "test" | "live"; url: string; embedUrl: string }) {
      order.paymentRequestId = pr.id;
      order.mode = pr.mode;
      order.payUrl = pr.url;
      order.embedUrl = pr.embedUrl;
      byPaymentRequest.set(pr.id, order.id);
    },
    get: (id: string) => orders.get(id),
    byPaymentRequest: (paymentRequestId: string) => orders.get(byPaymentRequest.get(paymentRequestId) ?? ""),
  };
}

/**
 * An order is paid once, by whichever signal arrives first; a later refusal
 * (a stale tab, an older event) never takes it back.
 */
export function settleOrder(order: Order, status: OrderStatus, via: "return" | "webhook" | "api"): void {
  if (order.status === "paid") return;
  if (status === "paid") order.paidVia = via;
  order.status = status;
}

export function orderStatusOf(resultStatus: string): OrderStatus {
  switch (resultStatus) {
    case "succeeded":
      return "paid";
    case "canceled":
      return "canceled";
    case "expired":
      return "expired";
    default:
      return "refused";
  }
}

/** A custom checkout's order follows its transaction, as the API (secret key) reports it. */
export function recordTransaction(
  order: Order,
  transaction: { id: string; status: string; declineCode?: string | null | undefined; clientSecret?: string | undefined },
): void {
  order.transactionId = transaction.id;
  order.transactionStatus = transaction.status;
  order.declineCode = transaction.declineCode ?? undefined;
  if (transaction.clientSecret) order.clientSecret = transaction.clientSecret;
  settleOrder(order, orderStatusOfTransaction(transaction.status), "api");
}

export function orderStatusOfTransaction(status: string): OrderStatus {
  switch (status) {
    case "requires_action":
      return "pending";
    case "authorized":
    case "captured":
    case "settled":
    case "partially_refunded":
    case "refunded":
      return "paid";
    case "canceled":
      return "canceled";
    case "expired":
      return "expired";
    default:
      return "refused";
  }
}
