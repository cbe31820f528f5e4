import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { chargeCard, signIn } from "../backoffice";
import { payWith } from "../checkout";
import { api, PLATFORM_URL, SHOP_URL } from "../fixtures";

// The back-office's payments: search, detail, test settlement, partial refund,
// what a viewer may not do (even by forging the request), the CSV export, and
// the card blacklist end to end (a blacklisted card refused on the payment page).

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** A Visa number of this run alone (the simulator approves any valid number it does not know), so its last 4 finds it. */
function uniqueCardNumber(): string {
  const body = `4${String(Date.now()).slice(-9)}${String(Math.floor(Math.random() * 1e5)).padStart(5, "0")}`;
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let digit = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) digit *= 2;
    if (digit > 9) digit -= 9;
    sum += digit;
  }
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** A payment made by the shop's server (chargeCard: a card token from the shop's origin, then POST /api/v1/transactions), approved. */
async function createPayment(input: { number: string; reference: string; amount: number; email: string }) {
  const created = await chargeCard(input.number, { amount: input.amount, reference: input.reference, email: input.email });
  expect(created.status).toBe(201);
  expect(created.json.status).toBe("captured");
  return created.json as { id: string; card: { last4: string } };
}

async function search(page: Page, fields: Record<string, string>, currency?: string) {
  await page.goto(`${PLATFORM_URL}/dashboard/payments`);
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
  if (currency) await page.getByLabel("Currency", { exact: true }).selectOption(currency);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/dashboard\/payments\?/);
}

/** Clicks an action's button, then the confirmation dialog's button (every payment action asks first). */
async function confirmAction(page: Page, button: string, confirm: string, question: string | RegExp) {
  await page.getByRole("button", { name: button, exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("p")).toHaveText(question);
  await dialog.getByRole("button", { name: confirm, exact: true }).click();
}

const run = Date.now();
const reference = `BO-PAY-${run}`;
const number = uniqueCardNumber();
const last4 = number.slice(-4);
const today = new Date().toISOString().slice(0, 10);
let paymentId = "";

test.describe.configure({ mode: "serial" });

test("an admin finds a payment by reference and by last 4, settles test data, refunds part of it and sees the timeline change", async ({ page }) => {
  const payment = await createPayment({ number, reference, amount: 2500, email: `bo-${run}@example.com` });
  paymentId = payment.id;
  await signIn(page, "admin");

  await page.goto(`${PLATFORM_URL}/dashboard/payments`);
  await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
  await expectNoSeriousViolations(page);

  // By reference: exactly this payment.
  await search(page, { Reference: reference });
  const rows = page.getByTestId("payments").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("€25.00");
  await expect(rows.first()).toContainText("Captured");
  await expect(rows.first()).toContainText(`Visa ${number.slice(0, 6)}******${last4}`);
  await expect(rows.first()).toContainText(`bo-${run}@example.com`);
  await expectNoSeriousViolations(page);

  // By last 4 (with the amount, in euros): found again.
  await search(page, { "Card last 4": last4, Amount: "25.00" }, "EUR");
  await expect(page.locator(`tr[data-transaction-id="${paymentId}"]`)).toHaveCount(1);
  // A search that matches nothing says so.
  await search(page, { Reference: `${reference}-nope` });
  await expect(page.getByTestId("payments-empty")).toHaveText("No payment matches this search.");

  // The detail page; captured, not settled: no refund yet, cancel offered.
  await page.goto(`${PLATFORM_URL}/dashboard/payments?reference=${encodeURIComponent(reference)}`);
  await page.getByRole("link", { name: reference }).click();
  await expect(page).toHaveURL(`${PLATFORM_URL}/dashboard/payments/${paymentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Payment ${reference}`);
  await expect(page.getByTestId("timeline")).toContainText("Captured");
  await expect(page.getByRole("button", { name: "Refund", exact: true })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Cancel payment" })).toBeVisible();
  await expectNoSeriousViolations(page);

  // Run the settlement cut-off for test data, from the payments page.
  await page.goto(`${PLATFORM_URL}/dashboard/payments`);
  await confirmAction(page, "Run test settlement now", "Settle test payments", /Settle all captured test payments now\?/);
  await expect(page.getByRole("status")).toHaveText(/The test settlement ran/);

  await page.goto(`${PLATFORM_URL}/dashboard/payments/${paymentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Settled");
  await expect(page.getByTestId("timeline")).toContainText("Settled");

  // Refund €5.00 of €25.00; the question states the amount and currency.
  await page.getByLabel("Refund amount (EUR)").fill("5.00");
  await page.getByLabel("Reason (optional)").fill("one item returned");
  // Description and metadata rows, as the API takes them.
  await page.getByLabel("Description (optional)").fill("Returned by post");
  await page.getByLabel("Key 1", { exact: true }).fill("ticket");
  await page.getByLabel("Value 1", { exact: true }).fill("Z-1");
  await page.getByRole("button", { name: "Add metadata" }).click();
  await page.getByLabel("Key 2", { exact: true }).fill("agent");
  await page.getByLabel("Value 2", { exact: true }).fill("ada");
  await confirmAction(page, "Refund", "Refund", `Refund 5.00 EUR of payment ${reference} to the customer?`);
  await expect(page).toHaveURL(`${PLATFORM_URL}/dashboard/payments/${paymentId}?notice=refunded`);
  await expect(page.getByRole("status")).toHaveText("The refund was made.");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Partially refunded");
  const timeline = page.getByTestId("timeline");
  await expect(timeline.locator('li[data-event="refund.created"]')).toContainText("Refund of €5.00");
  await expect(timeline.locator('li[data-event="transaction.partially_refunded"]')).toHaveCount(1);
  await expect(page.getByTestId("refunded-amount")).toHaveText("€5.00");
  await expect(page.getByTestId("refunds")).toContainText("one item returned");
  await expect(page.getByTestId("refunds")).toContainText("Returned by post");
  await expect(page.getByTestId("refunds")).toContainText("ticket: Z-1");
  await expect(page.getByTestId("refunds")).toContainText("agent: ada");
  await expect(page.getByLabel("Refund amount (EUR)")).toHaveValue("20.00");
  await expectNoSeriousViolations(page);

  // The API sees the same refund: one implementation behind both.
  const read = await api("GET", `/api/v1/transactions/${paymentId}`);
  expect(read.json).toMatchObject({ status: "partially_refunded", refundedAmount: 500 });
  const refunds = await api("GET", `/api/v1/transactions/${paymentId}/refunds?metadata[ticket]=Z-1`);
  expect(refunds.json).toMatchObject({ data: [{ amount: 500, description: "Returned by post", metadata: { ticket: "Z-1", agent: "ada" } }] });
});

test("a viewer sees no action buttons, and a forged refund with the viewer's session and CSRF token is refused", async ({ page }) => {
  expect(paymentId).not.toBe("");
  await signIn(page, "viewer");
  await page.goto(`${PLATFORM_URL}/dashboard/payments/${paymentId}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Partially refunded");
  await expect(page.getByTestId("timeline")).toContainText("Refund of €5.00");
  await expect(page.getByTestId("payment-actions")).toHaveCount(0);
  for (const name of ["Refund", "Capture", "Cancel payment", "Add card to blacklist"]) {
    await expect(page.getByRole("button", { name, exact: true })).toHaveCount(0);
  }
  await page.goto(`${PLATFORM_URL}/dashboard/payments`);
  await expect(page.getByRole("button", { name: "Run test settlement now" })).toHaveCount(0);
  await expectNoSeriousViolations(page);

  // The viewer's own, valid CSRF token (from the page's sign-out form) and session cookie: the role still says no.
  const csrf = await page.locator('input[name="csrf"]').first().inputValue();
  expect(csrf.length).toBeGreaterThan(20);
  const forged = await page.request.post(`${PLATFORM_URL}/dashboard/payments/${paymentId}/refund`, {
    form: { csrf, amount: "20.00", back: `/dashboard/payments/${paymentId}` },
    headers: { origin: PLATFORM_URL },
    maxRedirects: 0,
  });
  expect(forged.status()).toBe(303);
  expect(forged.headers().location).toBe(`${PLATFORM_URL}/dashboard/payments/${paymentId}?error=permission_denied`);
  const asJson = await page.request.post(`${PLATFORM_URL}/dashboard/payments/${paymentId}/refund`, {
    form: { csrf, amount: "20.00" },
    headers: { origin: PLATFORM_URL, accept: "application/json" },
  });
  expect(asJson.status()).toBe(403);
  expect((await asJson.json()).error.code).toBe("permission_denied");
  // Nothing changed.
  const read = await api("GET", `/api/v1/transactions/${paymentId}`);
  expect(read.json).toMatchObject({ status: "partially_refunded", refundedAmount: 500 });
  expect(read.json.refunds).toHaveLength(1);
});

test("a viewer exports today's payments as CSV and finds the refunded payment's row", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`${PLATFORM_URL}/dashboard/exports`);
  await page.getByLabel("From", { exact: true }).fill(today);
  await page.getByLabel("To", { exact: true }).fill(today);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe(`jeton-transactions-test-${today}_${today}.csv`);
  const text = readFileSync((await download.path())!, "utf8");
  const lines = text.split("\r\n");
  expect(lines.at(-1)).toBe("");
  const header = lines[0]!.split(",");
  expect(header.slice(0, 6)).toEqual(["created_at", "authorized_at", "captured_at", "settled_at", "canceled_at", "transaction_id"]);
  const mine = lines.filter((line) => line.includes(paymentId));
  expect(mine).toHaveLength(1);
  const cells = Object.fromEntries(header.map((name, i) => [name, mine[0]!.split(",")[i]]));
  expect(cells).toMatchObject({
    merchant_reference: reference,
    status: "partially_refunded",
    amount: "25.00",
    captured: "25.00",
    refunded: "5.00",
    net: "20.00",
    currency: "EUR",
    brand: "visa",
    card: `${number.slice(0, 6)}******${last4}`,
    refund_count: "1",
  });
  expect(cells.authorization_code).toMatch(/^[A-Z0-9]{6}$/);
  expect(cells.settled_at).toMatch(new RegExp(`^${today}T`));

  // The same through a plain GET with the session; a range that ends before it starts goes back to the form.
  const direct = await page.request.get(`${PLATFORM_URL}/dashboard/exports/transactions.csv?from=${today}&to=${today}`);
  expect(direct.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect(await direct.text()).toContain(paymentId);
  await page.goto(`${PLATFORM_URL}/dashboard/exports/transactions.csv?from=${today}&to=2000-01-01`);
  await expect(page).toHaveURL(/\/dashboard\/exports\?error=parameter_invalid/);
  await expect(page.getByRole("alert").filter({ hasText: "The range is not valid" })).toBeVisible();
});

test("an admin blacklists a card: the customer's next payment with it is refused on the payment page, until it is removed", async ({ page, browser }) => {
  const card = uniqueCardNumber();
  const source = await createPayment({ number: card, reference: `BO-BL-${run}`, amount: 1500, email: `bl-${run}@example.com` });
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/payments/${source.id}`);
  await page.getByLabel("Blacklist reason").fill("fraud reported by the cardholder");
  await confirmAction(page, "Add card to blacklist", "Add to blacklist", /^Add the card Visa \d{6}\*{6}\d{4} to the blacklist\?/);
  await expect(page.getByRole("status")).toHaveText("The card was added to the blacklist.");
  await expect(page.getByText("This card is on the blacklist.")).toBeVisible();

  // The customer pays a new order with that card on the hosted page.
  const created = await api("POST", "/api/v1/payment-requests", { amount: 1800, currency: "EUR", returnUrl: `${SHOP_URL}/return/x`, merchantReference: `BO-BL2-${run}` });
  expect(created.status).toBe(201);
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`${created.json.url}?lang=en`);
  await payWith(customer, card);
  await expect(customer.getByTestId("ticket-status")).toHaveText("Payment refused", { timeout: 15_000 });
  await expect(customer.getByTestId("refusal-reason")).toHaveText("The payment was declined. Use another card or contact your bank.");
  await customer.context().close();

  // The back-office shows it blocked, with the rule that fired.
  await page.goto(`${PLATFORM_URL}/dashboard/payments?reference=BO-BL2-${run}&status=blocked`);
  await page.getByRole("link", { name: `BO-BL2-${run}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Blocked");
  await expect(page.getByTestId("risk")).toContainText("Card blacklist");
  await expect(page.getByTestId("timeline")).toContainText("Blocked by a risk rule: card on the blacklist");
  await expectNoSeriousViolations(page);

  // Taken off the list: the card is accepted again.
  await page.goto(`${PLATFORM_URL}/dashboard/payments/blacklist`);
  const row = page.getByTestId("blacklist").locator("tr").filter({ hasText: card.slice(-4) });
  await expect(row).toContainText("fraud reported by the cardholder");
  await row.getByRole("button", { name: /^Remove/ }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("status")).toHaveText(/taken off the blacklist/);
  await createPayment({ number: card, reference: `BO-BL3-${run}`, amount: 1000, email: `bl-${run}@example.com` });
});
