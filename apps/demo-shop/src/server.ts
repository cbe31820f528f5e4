import { randomBytes } from "node:crypto";
import { createServer, type ServerResponse } from "node:http";
import { createJetonClient, JetonApiError } from "@jeton/node";
import { loadShopConfig } from "./env";
import { fetchTokenJsIntegrity } from "./fetch-token-js-integrity";
import { customCheckoutPage } from "./pages/custom-checkout-page";
import { homePage } from "./pages/home-page";
import { errorPage, orderPage, type Order } from "./pages/order-page";
import { readFormBody } from "./read-form-body";

const config = loadShopConfig();
const jeton = createJetonClient({ secretKey: config.secretKey, apiBase: config.jetonApiUrl });
// A demo: orders live in memory.
const orders = new Map<string, Order>();
const received: Array<{ path: string; body: string }> = [];
let integrity: string | undefined;

function send(res: ServerResponse, status: number, body: string, type = "text/html; charset=utf-8") {
  res.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" });
  res.end(body);
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? "/", "http://shop.local");
  try {
    if (req.method === "GET" && url.pathname === "/") return send(res, 200, homePage());
    if (req.method === "GET" && url.pathname === "/favicon.ico") {
      res.writeHead(204);
      return res.end();
    }
    if (req.method === "GET" && url.pathname === "/health") return send(res, 200, "ok", "text/plain");
    if (req.method === "GET" && url.pathname === "/checkout/custom") {
      integrity ??= await fetchTokenJsIntegrity(config.jetonApiUrl);
      return send(res, 200, customCheckoutPage({ jetonUrl: config.jetonUrl, integrity, publishableKey: config.publishableKey }));
    }
    if (req.method === "POST" && url.pathname === "/orders") {
      const { raw, fields } = await readFormBody(req);
      if (config.debug) received.push({ path: url.pathname, body: raw });
      const cardTokenId = fields.get("cardTokenId") ?? "";
      if (!/^ctok_[A-Za-z0-9_-]+$/.test(cardTokenId)) return send(res, 400, errorPage(400, "No card token was received."));
      const token = await jeton.cardTokens.retrieve(cardTokenId);
      const order: Order = {
        id: `ord_${randomBytes(6).toString("hex")}`,
        email: fields.get("email") ?? "",
        cardTokenId,
        card: token.card,
        tokenStatus: token.status,
        receivedFields: [...fields.keys()],
      };
      orders.set(order.id, order);
      res.writeHead(303, { Location: `/orders/${order.id}` });
      return res.end();
    }
    if (req.method === "GET" && url.pathname.startsWith("/orders/")) {
      const order = orders.get(url.pathname.slice("/orders/".length));
      return order ? send(res, 200, orderPage(order)) : send(res, 404, errorPage(404, "No such order."));
    }
    if (config.debug && req.method === "GET" && url.pathname === "/debug/received") {
      return send(res, 200, JSON.stringify(received), "application/json");
    }
    return send(res, 404, errorPage(404, "Not found."));
  } catch (error) {
    const message = error instanceof JetonApiError ? `Jeton refused: ${error.message}` : "The shop could not complete this request.";
    console.error(JSON.stringify({ level: "error", msg: "request failed", path: url.pathname, error: (error as Error).message }));
    return send(res, 502, errorPage(502, message));
  }
});

server.listen(config.port, config.host, () => {
  console.log(JSON.stringify({ level: "info", msg: "demo shop listening", url: `http://localhost:${config.port}`, jeton: config.jetonUrl }));
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
