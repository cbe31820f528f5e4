import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { expectShopReceivedOnlyToken } from "../checkout";
import { merchant, PLATFORM_URL, SHOP_URL } from "../fixtures";

const PAN = "4242424242424242";
const CVC = "737";

test("the demo shop tokenizes a card with token.js, and its server only ever sees (and charges) the cardTokenId", async ({ page }) => {
  await page.goto(`${SHOP_URL}/checkout/custom`);
  // token.js comes from the platform's origin, pinned with SRI.
  const script = page.locator(`script[src="${PLATFORM_URL}/v1/token.js"]`);
  await expect(script).toHaveAttribute("integrity", /^sha384-/);

  await page.getByLabel("Name on card").fill("Ada Lovelace");
  await page.getByLabel(/Card number/).fill("4242 4242 4242 4242");
  await expect(page.locator("#brand")).toHaveText("visa");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("Security code").fill(CVC);

  const tokenRequest = page.waitForRequest((r) => r.url() === `${PLATFORM_URL}/api/v1/card-tokens` && r.method() === "POST");
  const orderRequest = page.waitForRequest((r) => r.url() === `${SHOP_URL}/orders` && r.method() === "POST");
  await page.getByRole("button", { name: /Pay/ }).click();

  // The card goes to the platform…
  const toPlatform = await tokenRequest;
  expect(toPlatform.postDataJSON().card).toMatchObject({ number: PAN, cvc: CVC });
  expect(toPlatform.headers().authorization).toBe(`Bearer ${merchant.keys.test.publishableKey}`);
  // …and the shop receives only its own fields and the token.
  const toShop = await orderRequest;
  const fields = new URLSearchParams(toShop.postData() ?? "");
  expect([...fields.keys()].sort()).toEqual(["cardTokenId", "email"]);
  expect(toShop.postData()).not.toContain(PAN);
  expect(toShop.postData()).not.toContain("4242+4242");
  expect(fields.get("cardTokenId")).toMatch(/^ctok_/);
  expect([...fields.values()]).not.toContain(CVC);

  await expect(page).toHaveURL(/\/orders\/ord_/);
  await expect(page.getByTestId("card-token-id")).toHaveText(fields.get("cardTokenId")!);
  await expect(page.getByTestId("card")).toHaveText("visa •••• 4242 (12/2034)");
  // The shop's server charged the token (single use) with its secret key: paid, and the token is spent.
  await expect(page.getByTestId("token-status")).toHaveText("used");
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  await expect(page.getByTestId("transaction-status")).toHaveText("captured");
  await expect(page.getByTestId("received-fields")).toHaveText("email, cardTokenId");

  // The same, seen from the shop's server: the raw bodies it received.
  await expectShopReceivedOnlyToken(page, fields.get("cardTokenId")!, PAN);
});

test("an invalid card is refused in the browser, with the field marked, and nothing is sent", async ({ page }) => {
  await page.goto(`${SHOP_URL}/checkout/custom`);
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/v1/card-tokens") || r.url().endsWith("/orders")) sent.push(r.url());
  });
  await page.getByLabel(/Card number/).fill("4242 4242 4242 4241");
  await page.getByLabel("Expiry (MM/YY)").fill("12/34");
  await page.getByLabel("Security code").fill("123");
  await page.getByRole("button", { name: /Pay/ }).click();
  await expect(page.getByRole("alert")).toHaveText("The card number is not valid.");
  await expect(page.getByLabel(/Card number/)).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(`${SHOP_URL}/checkout/custom`);
  expect(sent).toEqual([]);
});

test.describe("a page on an origin the merchant did not register", () => {
  let server: Server;
  const ROGUE = "http://127.0.0.1:4100";

  test.beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end(`<!doctype html><html lang="en"><body>
        <form id="f"><input data-jeton="number" value="4242424242424242"><input data-jeton="exp" value="12/34">
        <input data-jeton="cvc" value="123"></form>
        <script src="${PLATFORM_URL}/v1/token.js"></script>
        <script>Jeton.setPublishableKey(${JSON.stringify(merchant.keys.test.publishableKey)});</script>
      </body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(4100, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("cannot tokenize: the browser gets no CORS grant and the API refuses the origin", async ({ page, request }) => {
    const responses: number[] = [];
    page.on("response", (r) => {
      if (r.url().includes("/api/v1/card-tokens")) responses.push(r.status());
    });
    await page.goto(ROGUE);
    const outcome = await page.evaluate(async () => {
      try {
        const { Jeton } = window as unknown as { Jeton: { createToken(form: HTMLFormElement): Promise<{ cardTokenId: string }> } };
        const token = await Jeton.createToken(document.getElementById("f") as HTMLFormElement);
        return { ok: true, id: token.cardTokenId };
      } catch (error) {
        return { ok: false, code: (error as { code: string }).code };
      }
    });
    expect(outcome).toEqual({ ok: false, code: "network_error" });
    expect(responses.every((status) => status !== 201)).toBe(true);

    // Without a browser's CORS enforcement, the API itself refuses the origin.
    const direct = await request.post(`${PLATFORM_URL}/api/v1/card-tokens`, {
      headers: { authorization: `Bearer ${merchant.keys.test.publishableKey}`, origin: ROGUE },
      data: { card: { number: "4242424242424242", expMonth: "12", expYear: "34", cvc: "123" } },
    });
    expect(direct.status()).toBe(403);
    expect((await direct.json()).error.code).toBe("origin_not_allowed");
    expect(direct.headers()["access-control-allow-origin"]).toBeUndefined();
  });
});
