import { expect, test } from "@playwright/test";
import { signIn } from "../backoffice";
import { payWith } from "../checkout";
import { api, PLATFORM_URL, SHOP_URL } from "../fixtures";

// Push & Pay end to end: staff create a payment link sent by email; the email reaches the demo shop's mail
// catcher (a real SMTP server); the link in it opens the hosted page; the shopper pays; the receipt arrives.

interface CaughtEmail {
  n: number;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

async function waitForEmail(to: string, subject: RegExp): Promise<CaughtEmail> {
  let found: CaughtEmail | undefined;
  await expect
    .poll(
      async () => {
        const { emails } = (await (await fetch(`${SHOP_URL}/mailbox.json`)).json()) as { emails: CaughtEmail[] };
        found = emails.find((email) => email.to.includes(to) && subject.test(email.subject));
        return found !== undefined;
      },
      { timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBe(true);
  return found!;
}

test("a payment link sent by email arrives, opens the hosted page, is paid, and the receipt arrives", async ({ page, browser }) => {
  const email = `shopper-${Date.now()}@example.com`;
  const reference = `PUSH-${Date.now()}`;
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/links/new`);
  await page.getByLabel("Amount").fill("19.90");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Reference (optional)").fill(reference);
  await page.getByLabel("Customer email (optional)").fill(email);
  await page.getByTestId("link-send-email").check();
  await page.getByRole("button", { name: "Create payment link" }).click();
  await expect(page).toHaveURL(/\/dashboard\/links\/pr_[A-Za-z0-9_-]+\?notice=link_created_and_sent$/);
  const linkUrl = (await page.getByTestId("link-url").textContent()) ?? "";

  // The request email, as the customer's mail client would show it.
  const request = await waitForEmail(email, /demande de paiement|payment request/);
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`${SHOP_URL}/mailbox/${request.n}`);
  await expect(customer.getByTestId("email-subject")).toContainText(/19[.,]90/);
  const text = (await customer.getByTestId("email-text").textContent()) ?? "";
  const link = /http:\/\/localhost:3000\/pay\/pr_[A-Za-z0-9_-]+/.exec(text)?.[0];
  expect(link).toBe(linkUrl);

  // The link opens the hosted page; the shopper pays.
  await customer.goto(`${link}?lang=en`);
  await payWith(customer, "4242 4242 4242 4242");
  await expect(customer.getByTestId("ticket-status")).toHaveText("Payment accepted", { timeout: 15_000 });
  const authorizationCode = (await customer.getByTestId("authorization-code").textContent()) ?? "";

  // The receipt: brand and last 4, the authorization code and the reference; never the card number.
  const receipt = await waitForEmail(email, /ticket|receipt/i);
  expect(receipt.text).toContain("4242");
  expect(receipt.text).not.toContain("4242424242424242");
  expect(receipt.text).toContain(authorizationCode);
  expect(receipt.text).toContain(reference);
  await customer.context().close();

  // The link's page lists what was sent and when.
  await page.reload();
  const messages = page.getByTestId("message-list");
  await expect(messages.getByRole("row").filter({ hasText: "Payment request" })).toContainText("sent");
  await expect(messages.getByRole("row").filter({ hasText: "Receipt" })).toContainText("sent", { timeout: 10_000 });
});

test("a request made through the API is found in the back-office and sent by email from its page", async ({ page }) => {
  const reference = `API-PUSH-${Date.now()}`;
  const email = `api-shopper-${Date.now()}@example.com`;
  const created = await api("POST", "/api/v1/payment-requests", { amount: 3300, currency: "EUR", returnUrl: `${SHOP_URL}/return/x`, merchantReference: reference });
  expect(created.status).toBe(201);
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/links`);
  await page.getByLabel("Reference, customer email or id").fill(reference);
  await page.getByLabel("Made").selectOption("api");
  await page.getByRole("button", { name: "Search" }).click();
  const rows = page.getByTestId("payment-links").getByRole("row");
  await expect(rows).toHaveCount(2); // the header and the one request
  await rows.nth(1).getByRole("link", { name: /Details/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Payment request “${reference}” for €33.00`);
  await expect(page.getByText("through the API")).toBeVisible();
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByRole("button", { name: "Send", exact: true }).click();
  await expect(page).toHaveURL(/notice=link_sent/);
  const sent = await waitForEmail(email, /demande de paiement|payment request/);
  expect(sent.text).toContain(`/pay/${created.json.id}`);
  await page.reload();
  await expect(page.getByTestId("message-list").getByRole("row").filter({ hasText: email })).toContainText("sent", { timeout: 10_000 });
});

test("the template previews render in each language, Arabic right to left", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/settings/messaging`);
  await page.getByRole("listitem").filter({ hasText: /^Receipt:/ }).getByRole("link", { name: "ar", exact: true }).click();
  await expect(page.getByTestId("preview-subject")).toContainText("إيصالك");
  const frame = page.frameLocator("iframe");
  await expect(frame.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(frame.getByText("VISA •••• 4242")).toBeVisible();
});
