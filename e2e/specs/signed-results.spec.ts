import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { Webhook } from "standardwebhooks";
import { expectOrder, payWith, startCheckout } from "../checkout";
import { api, merchant, PLATFORM_URL, SHOP_URL } from "../fixtures";

/** The last `jeton_result` the shop received for an order, from its debug log of raw bodies. */
async function lastReturnBody(orderId: string): Promise<string> {
  const received = (await (await fetch(`${SHOP_URL}/debug/received`)).json()) as Array<{ path: string; body: string }>;
  const body = received.filter((r) => r.path === `/return/${orderId}`).at(-1)?.body;
  if (!body) throw new Error(`no return for ${orderId}`);
  return body;
}

function postReturn(orderId: string, body: string) {
  return fetch(`${SHOP_URL}/return/${orderId}`, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body });
}

test("jeton_result verifies with plain jose against the JWKS, and a tampered or replayed token is refused by the shop", async ({ page }) => {
  const form = await startCheckout(page, "redirect");
  await payWith(form, "4242424242424242");
  await expectOrder(page, "paid");
  const orderId = (await page.getByTestId("order-id").textContent()) ?? "";
  const paymentRequestId = (await page.getByTestId("payment-request-id").textContent()) ?? "";
  const body = await lastReturnBody(orderId);
  const fields = new URLSearchParams(body);
  expect([...fields.keys()]).toEqual(["jeton_result"]);
  const token = fields.get("jeton_result")!;

  // Any JOSE library, as SPEC §7 promises: ES256, kid in the header, the merchant as audience.
  const header = decodeProtectedHeader(token);
  expect(header.alg).toBe("ES256");
  expect(header.kid).toBeTruthy();
  const jwks = createRemoteJWKSet(new URL(`${PLATFORM_URL}/.well-known/jwks.json`));
  const { payload } = await jwtVerify(token, jwks, { algorithms: ["ES256"], audience: merchant.merchantId, issuer: PLATFORM_URL });
  expect(payload).toMatchObject({ sub: paymentRequestId, status: "succeeded", amount: 2500, currency: "EUR", merchantReference: orderId, responseCode: "00", mode: "test" });
  expect(payload.exp! - payload.iat!).toBeLessThanOrEqual(600);
  expect(payload.jti).toEqual(expect.any(String));
  await expect(jwtVerify(token, jwks, { algorithms: ["ES256"], audience: "mer_someone_else" })).rejects.toThrow();

  // A replay of the very token the shop already accepted.
  const replay = await postReturn(orderId, body);
  expect(replay.status).toBe(400);
  expect(await replay.text()).toContain("(replayed)");

  // The same token with its claims changed (a declined payment made to look paid, say).
  const [h, p, s] = token.split(".");
  const claims = JSON.parse(Buffer.from(p!, "base64url").toString());
  const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, amount: 1, jti: "forged" })).toString("base64url")}.${s}`;
  const tampered = await postReturn(orderId, new URLSearchParams({ jeton_result: forged }).toString());
  expect(tampered.status).toBe(400);
  expect(await tampered.text()).toContain("(invalid_signature)");

  // No token, two tokens, garbage: refused, order unchanged.
  for (const bad of ["", "jeton_result=abc", `jeton_result=${token}&jeton_result=${token}`]) {
    expect((await postReturn(orderId, bad)).status).toBe(400);
  }
  await page.reload();
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");

  // A cross-site form (no CSRF token from the order page) cannot refund the order through the shop's server.
  const crossSite = await fetch(`${SHOP_URL}/orders/${orderId}/transaction/refund`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: "https://evil.example" },
    body: "amount=2500",
  });
  expect(crossSite.status).toBe(403);
  await page.reload();
  await expect(page.getByTestId("action-outcome")).toHaveCount(0);

  // Viewing the ticket again serves the very token already signed for this outcome: a reload mints no fresh jti.
  for (let view = 0; view < 2; view += 1) {
    await page.goto(`${PLATFORM_URL}/pay/${paymentRequestId}?lang=en`);
    await expect(page.getByTestId("ticket-status")).toHaveText("Payment accepted");
    expect(await page.locator('input[name="jeton_result"]').inputValue()).toBe(token);
  }
});

test("the shop's webhook receiver marks an order paid when the shopper never comes back", async ({ page }) => {
  const form = await startCheckout(page, "redirect");
  const orderId = await (async () => {
    const pr = page.url().match(/\/pay\/(pr_[\w-]+)/)?.[1];
    const list = await api("GET", `/api/v1/payment-requests/${pr}`);
    return list.json.merchantReference as string;
  })();
  // The shopper closes the tab on the ticket: no return POST ever reaches the shop.
  await page.route(`${SHOP_URL}/return/**`, (route) => route.fulfill({ status: 204 }));
  await payWith(form, "4242424242424242");
  await expect(page.getByTestId("ticket-status")).toHaveText("Payment accepted");
  await expect
    .poll(async () => (await fetch(`${SHOP_URL}/orders/${orderId}`).then((r) => r.text())).match(/data-status="(\w+)"/)?.[1], { timeout: 20_000 })
    .toBe("paid");
  const html = await (await fetch(`${SHOP_URL}/orders/${orderId}`)).text();
  expect(html).toContain('data-testid="paid-via">webhook<');
});

test.describe("a webhook endpoint of the merchant's", () => {
  let server: Server;
  const deliveries: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
  let answers: number[] = [];

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      let body = "";
      req.on("data", (chunk) => (body += chunk));
      req.on("end", () => {
        deliveries.push({ headers: req.headers, body });
        res.writeHead(answers.shift() ?? 204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("gets Standard Webhooks that the standardwebhooks package verifies, and after a 500 the same event again", async ({ page }) => {
    test.setTimeout(90_000);
    const port = (server.address() as AddressInfo).port;
    const created = await api("POST", "/api/v1/webhook-endpoints", { url: `http://127.0.0.1:${port}/hooks`, events: ["payment_request.succeeded"] });
    expect(created.status).toBe(201);
    const secret = created.json.secret as string;
    expect(secret).toMatch(/^whsec_/);
    answers = [500];

    const form = await startCheckout(page, "redirect");
    await payWith(form, "4242424242424242");
    await expectOrder(page, "paid");
    const paymentRequestId = (await page.getByTestId("payment-request-id").textContent()) ?? "";

    // The first attempt got a 500; the retry comes about 5 s later with the same webhook-id.
    await expect.poll(() => deliveries.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const [first, second] = deliveries;
    expect(second!.headers["webhook-id"]).toBe(first!.headers["webhook-id"]);
    for (const delivery of [first!, second!]) {
      const event = new Webhook(secret).verify(delivery.body, {
        "webhook-id": String(delivery.headers["webhook-id"]),
        "webhook-timestamp": String(delivery.headers["webhook-timestamp"]),
        "webhook-signature": String(delivery.headers["webhook-signature"]),
      }) as { type: string; data: { id: string; status: string } };
      expect(event.type).toBe("payment_request.succeeded");
      expect(event.data).toMatchObject({ id: paymentRequestId, status: "succeeded" });
    }
    // A body changed in transit does not verify.
    expect(() =>
      new Webhook(secret).verify(second!.body.replace("succeeded", "failed"), {
        "webhook-id": String(second!.headers["webhook-id"]),
        "webhook-timestamp": String(second!.headers["webhook-timestamp"]),
        "webhook-signature": String(second!.headers["webhook-signature"]),
      }),
    ).toThrow();

    // Both attempts are on record, with the endpoint's answers.
    const eventId = String(first!.headers["webhook-id"]);
    const log = await api("GET", `/api/v1/events/${eventId}/deliveries`);
    const ours = (log.json.data as Array<{ url: string; status: string; attemptLog: Array<{ statusCode: number }> }>).find((d) => d.url.includes(`:${port}/`));
    expect(ours?.status).toBe("succeeded");
    expect(ours?.attemptLog.map((a) => a.statusCode)).toEqual([500, 204]);
    await api("DELETE", `/api/v1/webhook-endpoints/${created.json.id}`);
  });
});
