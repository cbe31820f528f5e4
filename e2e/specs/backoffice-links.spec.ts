import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn } from "../backoffice";
import { payWith } from "../checkout";
import { api, PLATFORM_URL } from "../fixtures";

// Payment links made in the back-office (a payment request without return URL)
// and the dashboard's charts, which the paid link feeds.

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** Fills the back-office form and lands on the new link's page; returns the link's URL. */
async function createLink(page: Page, { amount, reference }: { amount: string; reference: string }): Promise<string> {
  await page.goto(`${PLATFORM_URL}/dashboard/links`);
  await page.getByRole("link", { name: "New payment link" }).click();
  await expect(page).toHaveURL(/\/dashboard\/links\/new$/);
  await page.getByLabel("Amount").fill(amount);
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Reference (optional)").fill(reference);
  await page.getByLabel("Customer email (optional)").fill("ada@example.com");
  await page.getByLabel("Expires after").selectOption({ label: "1 day" });
  await page.getByLabel("Key 1", { exact: true }).fill("invoice");
  await page.getByLabel("Value 1", { exact: true }).fill(reference);
  await page.getByRole("button", { name: "Create payment link" }).click();
  await expect(page).toHaveURL(/\/dashboard\/links\/pr_[A-Za-z0-9_-]+\?notice=link_created$/);
  await expect(page.getByText("The payment link was created.")).toBeVisible();
  const url = (await page.getByTestId("link-url").textContent()) ?? "";
  expect(url).toMatch(new RegExp(`^${PLATFORM_URL}/pay/pr_[A-Za-z0-9_-]+$`));
  return url;
}

/** The customer, in a browser of their own (no back-office cookie), on the link's page in English. */
async function openAsCustomer(browser: Browser, url: string): Promise<Page> {
  const customer = await (await browser.newContext()).newPage();
  await customer.goto(`${url}?lang=en`);
  await expect(customer.getByLabel("Card number")).toBeVisible();
  return customer;
}

async function linkRow(page: Page, reference: string) {
  await page.goto(`${PLATFORM_URL}/dashboard/links`);
  return page.getByRole("row").filter({ hasText: reference });
}

test("an admin creates a payment link with a QR code, the customer pays it, and the link shows paid", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard/links/new`);
  await expectNoSeriousViolations(page);
  const reference = `LINK-${Date.now()}`;
  const url = await createLink(page, { amount: "42.50", reference });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Payment link “${reference}” for €42.50`);
  await expect(page.getByTestId("link-status")).toHaveText("Open");
  // The metadata given on the form: shown on the link's page, and the API's list filters on it.
  await expect(page.getByTestId("metadata")).toContainText(reference);
  const listed = await api("GET", `/api/v1/payment-requests?metadata[invoice]=${reference}`);
  expect(listed.json.data.map((request: { url: string }) => request.url)).toEqual([url]);
  await expect(page.getByRole("img", { name: `QR code of the payment link ${url}` })).toBeVisible();
  await expectNoSeriousViolations(page);

  const customer = await openAsCustomer(browser, url);
  await expect(customer.getByTestId("amount")).toHaveText("€42.50");
  await expect(customer.getByText(`Reference : ${reference}`)).toBeVisible();
  await payWith(customer, "4242 4242 4242 4242");
  await expect(customer.getByTestId("ticket-status")).toHaveText("Payment accepted", { timeout: 15_000 });
  await expect(customer.getByTestId("authorization-code")).toHaveText(/^[A-Z0-9]{6}$/);
  // The journey ends here: no merchant site to return to, so no form, no button, no "returning…".
  await expect(customer.getByRole("button")).toHaveCount(0);
  await expect(customer.locator("form")).toHaveCount(0);
  await expect(customer.getByText("Returning to the merchant")).toHaveCount(0);
  await expect(customer).toHaveURL(/localhost:3000\/pay\/pr_/);
  await customer.context().close();

  const row = await linkRow(page, reference);
  await expect(row).toHaveCount(1);
  await expect(row.getByText("Paid")).toBeVisible();
  await expect(row.getByText("€42.50")).toBeVisible();
  await expect(row.getByText("ada@example.com")).toBeVisible();
  await expectNoSeriousViolations(page);
  await row.getByRole("link", { name: /Details/ }).click();
  await expect(page.getByTestId("link-status")).toHaveText("Paid");
  await expect(page.getByRole("link", { name: /^tx_/ })).toBeVisible();
});

test("a customer who cancels a payment link sees the canceled ticket, without a return button", async ({ page, browser }) => {
  await signIn(page, "admin");
  const reference = `CANCEL-${Date.now()}`;
  const url = await createLink(page, { amount: "5", reference });

  const customer = await openAsCustomer(browser, url);
  // Not "return to the merchant": there is none to return to.
  await customer.getByRole("button", { name: "Cancel the payment" }).click();
  await expect(customer.getByTestId("ticket-status")).toHaveText("Payment canceled");
  await expect(customer.getByRole("button")).toHaveCount(0);
  await expect(customer.locator("form")).toHaveCount(0);
  await customer.context().close();

  const row = await linkRow(page, reference);
  await expect(row.getByText("Canceled")).toBeVisible();
});

test("the dashboard draws volume, acceptance, refusals and 3-D Secure as accessible charts", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto(`${PLATFORM_URL}/dashboard`);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  // The paid link above is in today's EUR volume.
  await expect(page.getByTestId("volume-EUR")).toContainText("Today");
  await expect(page.getByRole("img", { name: /^Daily volume in EUR, last 30 days/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Acceptance rate Today: \d+\.\d% \(\d+ of \d+\)/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^3-D Secure outcomes, last 30 days .+: \d+/ })).toBeVisible();
  // Refusals: a chart when this run has declined something already, else its empty state.
  await expect(
    page.getByRole("img", { name: /^Refusals by reason, last 30 days/ }).or(page.getByText("No refused payments in the last 30 days.")),
  ).toBeVisible();
  // Every chart's numbers are also a table.
  await page.getByText("Show the data as a table").first().click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectNoSeriousViolations(page);
});

test("a viewer sees the links but cannot create one", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto(`${PLATFORM_URL}/dashboard/links`);
  await expect(page.getByRole("heading", { level: 1, name: "Payment links" })).toBeVisible();
  await expect(page.getByTestId("payment-links")).toBeVisible();
  await expect(page.getByRole("link", { name: "New payment link" })).toHaveCount(0);
  const response = await page.goto(`${PLATFORM_URL}/dashboard/links/new`);
  expect(response?.status()).toBe(404);
});
