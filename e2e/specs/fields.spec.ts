import { createServer, type Server } from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type FrameLocator, type Page } from "@playwright/test";
import { expectShopReceivedOnlyToken } from "../checkout";
import { merchant, PLATFORM_URL, SHOP_URL } from "../fixtures";

const PAN = "4000000000003220"; // 3-D Secure challenge, code 123456
const CVC = "737";

function field(page: Page, type: "holder" | "number" | "expiry" | "cvc"): FrameLocator {
  return page.frameLocator(`#card-${type} iframe`);
}

/** Every message the merchant page's scripts can hear, recorded from the very start. */
async function recordMessages(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const heard: string[] = [];
    (window as unknown as { heard: string[] }).heard = heard;
    window.addEventListener("message", (event) => heard.push(JSON.stringify({ origin: event.origin, data: event.data })), true);
  });
}

async function openCheckout(page: Page): Promise<void> {
  await page.goto(`${SHOP_URL}/checkout/fields`);
  for (const type of ["holder", "number", "expiry", "cvc"] as const) await expect(field(page, type).locator("input")).toBeVisible();
}

async function fillCard(page: Page, number: string): Promise<void> {
  await field(page, "holder").locator("input").pressSequentially("Ada Lovelace");
  await field(page, "number").locator("input").pressSequentially(number);
  await field(page, "expiry").locator("input").pressSequentially("1234");
  await field(page, "cvc").locator("input").pressSequentially(CVC);
}

test("Fields tokenize and pay with a 3-D Secure challenge; the page and the shop's server never see the card", async ({ page }) => {
  await recordMessages(page);
  const frameRequests: string[] = [];
  page.on("request", (r) => {
    if (r.url() === `${PLATFORM_URL}/api/v1/card-tokens`) frameRequests.push(r.frame().url());
  });
  await openCheckout(page);
  // Each input is a cross-origin iframe served by the platform, with a CSP the key's origins bound.
  const src = await page.locator("#card-number iframe").getAttribute("src");
  expect(src).toMatch(new RegExp(`^${PLATFORM_URL}/v1/fields/number\\?key=pk_test_`));
  const pageResponse = await page.request.get(src!.split("#")[0]!);
  const csp = pageResponse.headers()["content-security-policy"] ?? "";
  expect(csp).toContain(`frame-ancestors ${SHOP_URL}`);
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9+/=]+'/);
  expect(csp).not.toContain("unsafe-inline");

  await fillCard(page, PAN);
  // Formatted as typed.
  await expect(field(page, "number").locator("input")).toHaveValue("4000 0000 0000 3220");
  await expect(field(page, "expiry").locator("input")).toHaveValue("12 / 34");

  // The merchant page's scripts cannot reach into the frames.
  const reach = await page.evaluate(() =>
    [...document.querySelectorAll("iframe")].map((frame) => {
      let documentAccess: unknown = "blocked";
      try {
        documentAccess = frame.contentDocument;
      } catch {
        documentAccess = "threw";
      }
      let windowDocument = "blocked";
      try {
        windowDocument = String((frame.contentWindow as Window).document);
      } catch {
        windowDocument = "threw";
      }
      return { documentAccess, windowDocument };
    }),
  );
  expect(reach).toHaveLength(4);
  for (const r of reach) expect(r).toEqual({ documentAccess: null, windowDocument: "threw" });

  const orderRequest = page.waitForRequest((r) => r.url() === `${SHOP_URL}/orders` && r.method() === "POST");
  await page.getByRole("button", { name: /Pay/ }).click();
  // The card left from the number frame (platform origin), not from the shop's page.
  const toShop = await orderRequest;
  expect(frameRequests).toHaveLength(1);
  expect(frameRequests[0]).toMatch(new RegExp(`^${PLATFORM_URL}/v1/fields/number`));
  const posted = new URLSearchParams(toShop.postData() ?? "");
  expect([...posted.keys()].sort()).toEqual(["cardTokenId", "email"]);
  expect(posted.get("cardTokenId")).toMatch(/^ctok_/);

  // 3-D Secure through handleNextAction on the shop's next page.
  await expect(page).toHaveURL(/\/orders\/ord_[0-9a-f]+\/authenticate$/);
  const bank = page.getByRole("dialog").frameLocator("iframe").frameLocator('iframe[name="jeton-acs"]');
  await bank.getByLabel("One-time code").fill("123456");
  await bank.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/127\.0\.0\.1:4000\/orders\/ord_[0-9a-f]+$/, { timeout: 15_000 });
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
  await expect(page.getByTestId("received-fields")).toHaveText("email, cardTokenId");

  // The shop's server received the token and nothing of the card.
  await expectShopReceivedOnlyToken(page, posted.get("cardTokenId")!, PAN);
});

test("no message the merchant page can hear carries a card value", async ({ page }) => {
  await recordMessages(page);
  await openCheckout(page);
  await fillCard(page, "4242424242424242");
  await field(page, "cvc").locator("input").blur();
  const token = await page.evaluate(() => (window as unknown as { fields: { createToken(): Promise<{ cardTokenId: string }> } }).fields.createToken());
  expect(token.cardTokenId).toMatch(/^ctok_/);
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.length).toBeGreaterThan(8);
  for (const message of heard) {
    expect(message).not.toContain("4242424242424242");
    expect(message).not.toContain("4242 4242");
    expect(message).not.toContain("12 / 34");
    expect(message).not.toContain("Ada Lovelace");
    expect(message).not.toContain(`"${CVC}"`);
    expect(message).not.toContain('"value"');
  }
});

test("change events report brand and completeness, and the CVC follows the brand", async ({ page }) => {
  await openCheckout(page);
  const states = () => page.evaluate(() => (window as unknown as { states: Record<string, unknown> }).states);
  // The iframe takes its content's height: the shop's 18px font, line-height 1.4, and .5em of padding above and below.
  await expect(page.locator("#card-number iframe")).toHaveAttribute("style", /height: 44px/);
  await field(page, "number").locator("input").pressSequentially("3782");
  await expect(page.getByTestId("fields-brand")).toHaveText("amex");
  expect((await states()).number).toEqual({ empty: false, complete: false, brand: "amex", error: null });
  await field(page, "number").locator("input").pressSequentially("82246310005");
  await expect(field(page, "number").locator("input")).toHaveValue("3782 822463 10005");
  await expect(page.locator("#card-number")).toHaveClass(/jeton-field--complete/);
  expect((await states()).number).toEqual({ empty: false, complete: true, brand: "amex", error: null });
  // Amex: a 3-digit CVC is not complete, 4 digits are.
  await field(page, "cvc").locator("input").pressSequentially("123");
  await expect.poll(async () => (await states()).cvc).toMatchObject({ complete: false, brand: "amex" });
  await field(page, "cvc").locator("input").pressSequentially("4");
  await expect.poll(async () => (await states()).cvc).toEqual({ empty: false, complete: true, brand: "amex", error: null });
  // An impossible number reports an error, announced inside the frame.
  await field(page, "number").locator("input").fill("");
  await field(page, "number").locator("input").pressSequentially("4242424242424241");
  await expect.poll(async () => (await states()).number).toMatchObject({ complete: false, error: { code: "invalid_number" } });
  await expect(page.locator("#card-number")).toHaveClass(/jeton-field--invalid/);
  await expect(field(page, "number").locator("input")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "number").locator("[aria-live]")).toHaveText("The card number is not valid.");
});

test("keyboard only: Tab and Shift-Tab go through the fields in page order, and the card pays", async ({ page }) => {
  await openCheckout(page);
  await page.locator("#email").focus();
  await page.keyboard.press("Tab");
  await expect(field(page, "holder").locator("input")).toBeFocused();
  await page.keyboard.type("Ada Lovelace");
  await page.keyboard.press("Tab");
  await expect(field(page, "number").locator("input")).toBeFocused();
  await page.keyboard.type("4242424242424242");
  await page.keyboard.press("Tab");
  await expect(field(page, "expiry").locator("input")).toBeFocused();
  await page.keyboard.type("1234");
  await page.keyboard.press("Tab");
  await expect(field(page, "cvc").locator("input")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(field(page, "expiry").locator("input")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type(CVC);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /Pay/ })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/orders\/ord_[0-9a-f]+$/);
  await expect(page.getByTestId("order-status")).toHaveAttribute("data-status", "paid");
});

test("the fields are labelled and axe finds no serious violation inside them; RTL pages work", async ({ page }) => {
  // The shop's page made right-to-left before its scripts run (a routed document would lose its
  // address space, and Chromium's local network access checks would then block token.js).
  await page.addInitScript(() => {
    // Init scripts run in every frame: only the shop's page is changed, the fields must follow it themselves.
    if (window !== window.top) return;
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return;
      document.documentElement.dir = "rtl";
      observer.disconnect();
    }).observe(document, { childList: true });
  });
  await openCheckout(page);
  // The merchant's <label for> text is the input's accessible name inside the frame.
  await expect(field(page, "number").getByLabel("Card number")).toHaveAttribute("autocomplete", "cc-number");
  await expect(field(page, "number").locator("input")).toHaveAttribute("inputmode", "numeric");
  await expect(field(page, "expiry").getByLabel("Expiry")).toHaveAttribute("autocomplete", "cc-exp");
  await expect(field(page, "cvc").getByLabel("Security code")).toHaveAttribute("autocomplete", "cc-csc");
  await expect(field(page, "holder").getByLabel("Name on card")).toHaveAttribute("autocomplete", "cc-name");
  await expect(page.locator("#card-number iframe")).toHaveAttribute("title", /Card number/);
  // RTL: the frame follows the page's direction; the number stays left-to-right.
  await expect(field(page, "number").locator("html")).toHaveAttribute("dir", "rtl");
  await expect(field(page, "number").locator("input")).toHaveAttribute("dir", "ltr");

  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  // Targets inside an iframe are [iframe selector, selector inside it].
  const inFields = results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => n.target.length > 1) }))
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"));
  expect(inFields.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" > ")).join(", ")}`)).toEqual([]);
  expect(results.passes.some((p) => p.nodes.some((n) => n.target.length > 1))).toBe(true);

  await field(page, "number").locator("input").pressSequentially("4242424242424242");
  await expect(field(page, "number").locator("input")).toHaveValue("4242 4242 4242 4242");
});

test.describe("a page on an origin the merchant did not register", () => {
  let server: Server;
  const ROGUE = "http://127.0.0.1:4101";

  test.beforeAll(async () => {
    server = createServer((req, res) => {
      res.writeHead(200, { "Content-Type": "text/html" });
      // Also a forged frame that claims the shop's origin: the browser's frame-ancestors check refuses it.
      const forged = `${PLATFORM_URL}/v1/fields/number?key=${merchant.keys.test.publishableKey}&origin=${encodeURIComponent(SHOP_URL)}`;
      res.end(`<!doctype html><html lang="en"><body>
        <label for="n">Card number</label><div id="n"></div>
        <iframe id="forged" title="forged" src="${forged}"></iframe>
        <script src="${PLATFORM_URL}/v1/token.js"></script>
        <script>
          Jeton.setPublishableKey(${JSON.stringify(req.url === "/bad-key" ? "pk_test_doesnotexist0000000000" : merchant.keys.test.publishableKey)});
          window.fields = Jeton.fields();
          window.fields.create("number").mount("#n");
        </script>
      </body></html>`);
    });
    await new Promise<void>((resolve) => server.listen(4101, "127.0.0.1", resolve));
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  for (const [path, why] of [
    ["/", /Jeton Fields: this page's origin \(http:\/\/127\.0\.0\.1:4101\) is not registered for this publishable key/],
    ["/bad-key", /Jeton Fields: the publishable key "pk_test_does…" is not valid/],
  ] as const) {
    test(`gets no working field, and its console says why (${path})`, async ({ page }) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await page.goto(`${ROGUE}${path}`);
      await expect.poll(() => errors.join("\n")).toMatch(why);
      await expect(page.frameLocator("#n iframe").locator("body")).toBeAttached();
      await expect(page.frameLocator("#n iframe").locator("input")).toHaveCount(0);
      // The frame that lies about its parent's origin is blocked by the browser: no input either.
      await expect(page.frameLocator("#forged").locator("input")).toHaveCount(0);
      const outcome = await page.evaluate(() =>
        (window as unknown as { fields: { createToken(): Promise<unknown> } }).fields.createToken().then(
          () => "token",
          (error: { code: string }) => error.code,
        ),
      );
      expect(outcome).toBe("missing_field");
    });
  }
});
