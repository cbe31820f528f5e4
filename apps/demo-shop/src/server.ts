import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import {
  createJetonClient,
  createMemoryReplayStore,
  JetonApiError,
  JetonCardError,
  JetonConnectionError,
  JetonSignatureError,
  verifyReturn,
  verifyWebhook,
} from "@jeton/node";
import { loadShopConfig } from "./env";
import { fetchTokenJsIntegrity } from "./fetch-token-js-integrity";
import { createOrderStore, orderStatusOf, recordTransaction, settleOrder, type Checkout, type Order } from "./orders";
import { authenticatePage } from "./pages/authenticate-page";
import { customCheckoutPage } from "./pages/custom-checkout-page";
import { fieldsCheckoutPage } from "./pages/fields-checkout-page";
import { homePage } from "./pages/home-page";
import { iframeCheckoutPage } from "./pages/iframe-checkout-page";
import { errorPage, orderPage } from "./pages/order-page";
import { createMailbox } from "./mailbox";
import { emailPage, mailboxPage } from "./pages/mailbox-page";
import { PRODUCT } from "./product";
import { readFormBody } from "./read-form-body";
import { createDemoShopper } from "./saved-card";
import { transactionPanel } from "./pages/transaction-panel";
import { createRecurringApi, oneMonthAfter, recurringPanel } from "./recurring";
import { lastActionOutcome, readTransaction, runTransactionAction, transactionIdOf, type TransactionAction } from "./transaction-actions";

const config = loadShopConfig();
const jeton = createJetonClient({ secretKey: config.secretKey, apiBase: config.jetonApiUrl });
const orders = createOrderStore();
const recurringApi = createRecurringApi(jeton);
const isReplay = createMemoryReplayStore();
const shopper = createDemoShopper(jeton, "ada@example.com");
const received: Array<{ path: string; body: string }> = [];
const mailbox = createMailbox();
const webhookLog: Array<{ id: string; type: string; verified: boolean }> = [];
let integrity: string | undefined;

function send(res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8") {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
  res.end(body);
}

function seeOther(res: ServerResponse, location: string) {
  res.writeHead(303, { Location: location, "Cache-Control": "no-store" });
  res.end();
}

/** The shop's address as the shopper reached it (the demo answers on localhost and 127.0.0.1), for the return URLs. */
function shopBase(req: IncomingMessage): string {
  const host = req.headers.host ?? "";
  return /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host) ? `http://${host}` : config.publicUrl;
}

/** Creates the order and its payment request; the order id rides in the return URLs. */
async function startHostedCheckout(req: IncomingMessage, checkout: Exclude<Checkout, "custom" | "one-click">, { saveCard = false } = {}) {
  const order = orders.create({ checkout, email: shopper.email });
  const base = shopBase(req);
  const paymentRequest = await jeton.paymentRequests.create(
    {
      amount: PRODUCT.amount,
      currency: PRODUCT.currency,
      merchantReference: order.id,
      description: PRODUCT.name,
      customerEmail: order.email,
      locale: "en",
      returnUrl: `${base}/return/${order.id}`,
      cancelUrl: `${base}/return/${order.id}`,
      // A link may wait days for the customer; an open checkout, less.
      expiresAt: new Date(Date.now() + (checkout === "link" ? 7 * 24 * 3600_000 : 30 * 60_000)).toISOString(),
      // Once paid, Jeton keeps the card for the shopper's next purchase (one click).
      ...(saveCard ? { saveCard: true, customerId: await shopper.customerId() } : {}),
    },
    { idempotencyKey: `order-${order.id}` },
  );
  orders.attachPaymentRequest(order, paymentRequest);
  return order;
}

/**
 * "Subscribe monthly" and "pay in 3" (test mode): the shopper gets a Jeton customer on a test clock of
 * its own, so that the order page can advance time and show the later charges. Pay in 3 is a payment
 * request with `installments` (the hosted page shows the schedule); subscribe pays the first month on
 * the hosted page with the card saved (the shopper ticks the consent), then the shop subscribes that
 * card from the next month on.
 */
async function startRecurringCheckout(req: IncomingMessage, kind: "subscription" | "installments") {
  const clock = await recurringApi.createTestClock(new Date());
  const customer = await recurringApi.createCustomer(shopper.email, clock.id);
  const order = orders.create({ checkout: kind === "installments" ? "pay-in-3" : "subscribe", email: shopper.email, recurring: { kind, testClockId: clock.id, customerId: customer.id } });
  const base = shopBase(req);
  const paymentRequest = await recurringApi.createPaymentRequest(
    {
      amount: kind === "installments" ? PRODUCT.amount * 3 : PRODUCT.amount,
      currency: PRODUCT.currency,
      merchantReference: order.id,
      description: kind === "installments" ? `3 × ${PRODUCT.name}, in 3 monthly instalments` : `${PRODUCT.name} club, first month`,
      customerEmail: order.email,
      locale: "en",
      returnUrl: `${base}/return/${order.id}`,
      cancelUrl: `${base}/return/${order.id}`,
      expiresAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      customerId: customer.id,
      ...(kind === "installments" ? { installments: { count: 3, interval: "month" } } : { saveCard: true }),
    },
    `order-${order.id}`,
  );
  orders.attachPaymentRequest(order, paymentRequest);
  return order;
}

/** After the first payment: the plan's id, or the subscription of the saved card from next month on. */
async function followUpRecurringOrder(order: Order): Promise<void> {
  const recurring = order.recurring;
  if (!recurring || order.status !== "paid" || !order.paymentRequestId) return;
  const paymentRequest = await recurringApi.getPaymentRequest(order.paymentRequestId);
  if (recurring.kind === "installments") {
    recurring.installmentPlanId ??= paymentRequest.installmentPlanId ?? undefined;
    return;
  }
  if (recurring.subscriptionId || !paymentRequest.cardId) return;
  try {
    const clock = await recurringApi.getTestClock(recurring.testClockId);
    const subscription = await recurringApi.createSubscription(
      { customerId: recurring.customerId, cardId: paymentRequest.cardId, amount: PRODUCT.amount, currency: PRODUCT.currency, interval: "month", startDate: oneMonthAfter(new Date(clock.frozenTime)).toISOString(), merchantReference: order.id },
      `subscribe-${order.id}`,
    );
    recurring.subscriptionId = subscription.id;
  } catch (error) {
    if (!(error instanceof JetonApiError)) throw error;
    recurring.problem = `The subscription could not be made: ${error.message}`;
  }
}

/**
 * The custom checkout's and the one-click payment: the shop's server charges
 * the token or the saved card (never the card number) with its secret key.
 * An order of the same id is charged once, however often this runs: the
 * Idempotency-Key is the order's.
 */
async function chargeOrder(order: Order, source: { cardTokenId: string } | { customerId: string; cardId: string }): Promise<void> {
  try {
    const transaction = await jeton.transactions.create(
      {
        amount: PRODUCT.amount,
        currency: PRODUCT.currency,
        merchantReference: order.id,
        ...source,
        ...(/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(order.email) ? { customerEmail: order.email } : {}),
      },
      { idempotencyKey: `order-${order.id}` },
    );
    recordTransaction(order, transaction);
  } catch (error) {
    // A refusal is an answer, not a failure: the declined transaction exists and the order says why.
    if (!(error instanceof JetonCardError) || !error.transactionId) throw error;
    recordTransaction(order, { id: error.transactionId, status: "declined", declineCode: error.declineCode });
  }
}

/** The capture / cancel / refund panel of an order that has a transaction, with its status read from Jeton. */
async function orderTransactionPanel(order: Order) {
  const transactionId = transactionIdOf(order);
  if (!transactionId) return undefined;
  return transactionPanel(order, { transactionId, ...(await readTransaction(jeton, transactionId)), outcome: lastActionOutcome(order.id) });
}

async function handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const route = `${req.method} ${url.pathname}`;
  if (route === "GET /") return send(res, 200, homePage({ savedCard: await shopper.savedCard().catch(() => undefined) }));
  if (route === "GET /favicon.ico") {
    res.writeHead(204);
    return void res.end();
  }
  if (route === "GET /health") return send(res, 200, "ok", "text/plain");
  if (route === "GET /checkout/custom") {
    integrity ??= await fetchTokenJsIntegrity(config.jetonApiUrl);
    return send(res, 200, customCheckoutPage({ jetonUrl: config.jetonUrl, integrity, publishableKey: config.publishableKey }));
  }
  if (route === "GET /checkout/fields") {
    integrity ??= await fetchTokenJsIntegrity(config.jetonApiUrl);
    return send(res, 200, fieldsCheckoutPage({ jetonUrl: config.jetonUrl, integrity, publishableKey: config.publishableKey }));
  }
  if (route === "POST /checkout/redirect") {
    const { fields } = await readFormBody(req);
    const order = await startHostedCheckout(req, "redirect", { saveCard: fields.get("saveCard") === "1" });
    return seeOther(res, order.payUrl ?? "/");
  }
  if (route === "POST /checkout/one-click") {
    const card = await shopper.savedCard();
    if (!card) return seeOther(res, "/");
    const order = orders.create({ checkout: "one-click", email: shopper.email, savedCard: { id: card.id, brand: card.brand, last4: card.last4 } });
    await chargeOrder(order, { customerId: card.customerId, cardId: card.id });
    return seeOther(res, order.transactionStatus === "requires_action" ? `/orders/${order.id}/authenticate` : `/orders/${order.id}`);
  }
  if (route === "POST /checkout/subscribe" || route === "POST /checkout/pay-in-3") {
    const order = await startRecurringCheckout(req, route === "POST /checkout/subscribe" ? "subscription" : "installments");
    return seeOther(res, order.payUrl ?? "/");
  }
  const advance = /^\/orders\/(ord_[0-9a-f]+)\/advance-clock$/.exec(url.pathname);
  if (req.method === "POST" && advance) {
    const order = orders.get(advance[1] ?? "");
    if (!order?.recurring) return send(res, 404, errorPage(404, "No such order."));
    const clock = await recurringApi.getTestClock(order.recurring.testClockId);
    await recurringApi.advanceTestClock(clock.id, new Date(oneMonthAfter(new Date(clock.frozenTime)).getTime() + 3600_000));
    return seeOther(res, `/orders/${order.id}`);
  }
  if (route === "POST /checkout/iframe") {
    const order = await startHostedCheckout(req, "iframe");
    return seeOther(res, `/orders/${order.id}/pay`);
  }
  if (route === "POST /checkout/link") {
    const order = await startHostedCheckout(req, "link");
    return seeOther(res, `/orders/${order.id}`);
  }
  if (route === "POST /orders") {
    const { raw, fields } = await readFormBody(req);
    if (config.debug) received.push({ path: url.pathname, body: raw });
    const cardTokenId = fields.get("cardTokenId") ?? "";
    if (!/^ctok_[A-Za-z0-9_-]+$/.test(cardTokenId)) return send(res, 400, errorPage(400, "No card token was received."));
    const token = await jeton.cardTokens.retrieve(cardTokenId);
    const order = orders.create({
      checkout: "custom",
      email: fields.get("email") ?? "",
      cardTokenId,
      card: token.card,
      tokenStatus: token.status,
      receivedFields: [...fields.keys()],
    });
    await chargeOrder(order, { cardTokenId });
    order.tokenStatus = (await jeton.cardTokens.retrieve(cardTokenId)).status;
    return seeOther(res, order.transactionStatus === "requires_action" ? `/orders/${order.id}/authenticate` : `/orders/${order.id}`);
  }
  const authenticate = /^\/orders\/(ord_[0-9a-f]+)\/authenticate$/.exec(url.pathname);
  if (req.method === "GET" && authenticate) {
    const order = orders.get(authenticate[1] ?? "");
    if (!order?.clientSecret) return send(res, 404, errorPage(404, "No such order."));
    if (order.transactionStatus !== "requires_action") return seeOther(res, `/orders/${order.id}`);
    integrity ??= await fetchTokenJsIntegrity(config.jetonApiUrl);
    return send(res, 200, authenticatePage({ jetonUrl: config.jetonUrl, integrity, order }));
  }
  const pay = /^\/orders\/(ord_[0-9a-f]+)\/pay$/.exec(url.pathname);
  if (req.method === "GET" && pay) {
    const order = orders.get(pay[1] ?? "");
    if (!order?.embedUrl) return send(res, 404, errorPage(404, "No such order."));
    if (order.status !== "pending" && order.status !== "refused") return seeOther(res, `/orders/${order.id}`);
    integrity ??= await fetchTokenJsIntegrity(config.jetonApiUrl);
    return send(res, 200, iframeCheckoutPage({ jetonUrl: config.jetonUrl, integrity, order }));
  }
  const ret = /^\/return\/(ord_[0-9a-f]+)$/.exec(url.pathname);
  if (req.method === "POST" && ret) return handleReturn(req, res, ret[1] ?? "");
  if (route === "POST /webhooks/jeton") return handleWebhook(req, res);
  const transactionAction = /^\/orders\/(ord_[0-9a-f]+)\/transaction\/(capture|cancel|refund)$/.exec(url.pathname);
  if (req.method === "POST" && transactionAction) {
    const order = orders.get(transactionAction[1] ?? "");
    if (!order) return send(res, 404, errorPage(404, "No such order."));
    const { fields } = await readFormBody(req);
    const outcome = await runTransactionAction(jeton, order, transactionAction[2] as TransactionAction, fields);
    if (outcome.code === "csrf_token_invalid") return send(res, 403, errorPage(403, outcome.message));
    return seeOther(res, `/orders/${order.id}`);
  }
  if (req.method === "GET" && url.pathname.startsWith("/orders/")) {
    const order = orders.get(url.pathname.slice("/orders/".length));
    // Back from the bank's challenge: the outcome comes from Jeton, asked with the secret key.
    if (order?.transactionId && order.transactionStatus === "requires_action") {
      recordTransaction(order, await jeton.transactions.retrieve(order.transactionId));
    }
    if (!order) return send(res, 404, errorPage(404, "No such order."));
    await followUpRecurringOrder(order);
    const panel = order.recurring ? await recurringPanel(recurringApi, order.id, order.recurring) : await orderTransactionPanel(order);
    return send(res, 200, orderPage(order, panel));
  }
  if (route === "GET /mailbox") return send(res, 200, mailboxPage(mailbox));
  if (route === "GET /mailbox.json") return send(res, 200, JSON.stringify({ emails: mailbox.emails, sms: mailbox.sms }), "application/json");
  const caught = /^\/mailbox\/(\d+)$/.exec(url.pathname);
  if (req.method === "GET" && caught) {
    const email = mailbox.emails.find((e) => e.n === Number(caught[1]));
    return email ? send(res, 200, emailPage(email)) : send(res, 404, errorPage(404, "No such email."));
  }
  if (route === "POST /sms") {
    // The receiving end of Jeton's generic HTTP JSON SMS provider (JETON_SMS_URL).
    const { raw } = await readFormBody(req);
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return send(res, 400, JSON.stringify({ error: "not JSON" }), "application/json");
    }
    return mailbox.recordSms(body) ? send(res, 202, JSON.stringify({ accepted: true }), "application/json") : send(res, 400, JSON.stringify({ error: "to and text are required" }), "application/json");
  }
  if (config.debug && route === "GET /debug/received") return send(res, 200, JSON.stringify(received), "application/json");
  if (config.debug && route === "GET /debug/webhooks") return send(res, 200, JSON.stringify(webhookLog), "application/json");
  return send(res, 404, errorPage(404, "Not found."));
}

/**
 * The return URL: the shopper's browser posts `jeton_result` here. Only a
 * verified token changes the order, and only the order it was made for.
 */
async function handleReturn(req: IncomingMessage, res: ServerResponse, orderId: string): Promise<void> {
  const { raw } = await readFormBody(req);
  if (config.debug) received.push({ path: `/return/${orderId}`, body: raw });
  const order = orders.get(orderId);
  if (!order) return send(res, 404, errorPage(404, "No such order."));
  if (!config.merchantId) return send(res, 500, errorPage(500, "The shop has no JETON_MERCHANT_ID to verify results with."));
  if (!order.paymentRequestId || !order.mode) return send(res, 400, errorPage(400, "This order was not paid on Jeton's page."));
  try {
    // The order's own payment request and mode: another order's token, or a test-mode one for a live order, is refused.
    const result = await verifyReturn(raw, {
      jwksUrl: `${config.jetonApiUrl}/.well-known/jwks.json`,
      merchantId: config.merchantId,
      issuer: config.jetonUrl,
      mode: order.mode,
      paymentRequestId: order.paymentRequestId,
      isReplay,
    });
    order.result = result;
    settleOrder(order, orderStatusOf(result.status), "return");
    return seeOther(res, `/orders/${order.id}`);
  } catch (error) {
    if (error instanceof JetonSignatureError) {
      return send(res, 400, errorPage(400, `The payment result could not be verified (${error.code}). Your order is unchanged.`));
    }
    throw error;
  }
}

/** Jeton's webhooks: an order is marked paid even when the shopper never comes back. */
async function handleWebhook(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const { raw } = await readFormBody(req);
  if (!config.webhookSecret) return send(res, 503, "no webhook secret configured", "text/plain");
  try {
    const event = verifyWebhook(raw, req.headers as Record<string, string>, config.webhookSecret);
    webhookLog.push({ id: event.id, type: event.type, verified: true });
    if (event.type.startsWith("payment_request.")) {
      const order = orders.byPaymentRequest(String(event.data.id ?? ""));
      if (order) {
        order.webhookEvents.push(event.type);
        const status = event.type.slice("payment_request.".length);
        if (status !== "created" && status !== "open") settleOrder(order, orderStatusOf(status), "webhook");
      }
    }
    return send(res, 204, "");
  } catch (error) {
    if (error instanceof JetonSignatureError) {
      webhookLog.push({ id: req.headers["webhook-id"]?.toString() ?? "", type: "refused", verified: false });
      return send(res, 400, error.message, "text/plain");
    }
    throw error;
  }
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://shop.local");
  try {
    await handle(req, res, url);
  } catch (error) {
    const message =
      error instanceof JetonApiError
        ? `Jeton refused: ${error.message}`
        : error instanceof JetonConnectionError
          ? "Jeton could not be reached; please try again."
          : "The shop could not complete this request.";
    console.error(JSON.stringify({ level: "error", msg: "request failed", path: url.pathname, error: (error as Error).message }));
    if (!res.headersSent) send(res, 502, errorPage(502, message));
  }
});

server.listen(config.port, config.host, () => {
  console.log(JSON.stringify({ level: "info", msg: "demo shop listening", url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${config.port}`, jeton: config.jetonUrl }));
});

if (config.smtpPort > 0) {
  // The mail catcher listens on loopback only: the demo has no sign-in.
  const smtpPort = await mailbox.listen(config.smtpPort, "127.0.0.1");
  console.log(JSON.stringify({ level: "info", msg: "mail catcher listening", smtp: `smtp://127.0.0.1:${smtpPort}`, mailbox: `${config.publicUrl}/mailbox` }));
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void mailbox.close();
    server.close(() => process.exit(0));
  });
}
