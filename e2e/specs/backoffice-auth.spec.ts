import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInWithTotp, staff, submitPassword, totpCode } from "../backoffice";
import { PLATFORM_URL } from "../fixtures";

// Signing in to the back-office: password then TOTP, first-time enrolment
// with recovery codes, lockout, and the owner's staff and audit pages. The
// accounts come from scripts/e2e.mjs (created through `jeton users create`);
// `enrol` and `lockout` are used by this spec only.

// The page's own messages (Next.js adds an empty role=alert route announcer of its own).
const errorOf = (page: Page) => page.locator(".bo-error[role=alert]");
const noticeOf = (page: Page) => page.locator(".bo-notice[role=status]");

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

test("an unauthenticated visit to /dashboard goes to the sign-in page, which has no serious accessibility violation", async ({ page }) => {
  await page.goto(`${PLATFORM_URL}/dashboard/payments`);
  await expect(page).toHaveURL(/\/login\?reason=session$/);
  await expect(noticeOf(page)).toContainText("Sign in to continue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the Jeton back-office");
  await expectNoSeriousViolations(page);
  // The second-factor page cannot be reached without the password.
  await page.goto(`${PLATFORM_URL}/login/second-factor`);
  await expect(page).toHaveURL(/\/login\?reason=expired$/);
});

test("a wrong password says so without saying which part was wrong; the code page is accessible, errors included", async ({ page }) => {
  await submitPassword(page, { email: staff.admin.email, password: "not the password at all" });
  await expect(page).toHaveURL(/\/login\?error=invalid_credentials$/);
  await expect(errorOf(page)).toContainText("The email or password is not right");
  await submitPassword(page, { email: "nobody@e2e.jeton.test", password: "not the password at all" });
  await expect(errorOf(page)).toContainText("The email or password is not right");
  await expectNoSeriousViolations(page);

  await submitPassword(page, staff.admin);
  await expect(page).toHaveURL(/\/login\/second-factor$/);
  await expectNoSeriousViolations(page);
  await page.getByLabel("Authentication code").fill("000000" === totpCode(staff.admin.totpSecret!) ? "111111" : "000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/login\/second-factor\?error=invalid_totp_code$/);
  await expect(errorOf(page)).toContainText("That code is not right");
  await expect(page.getByLabel("Authentication code")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousViolations(page);
});

test("the owner signs in with password and TOTP; the cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
  await signInWithTotp(page, staff.owner);
  await expect(page.getByText(staff.owner.email)).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "jeton_staff");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  // Signed in, /login leads straight back to the dashboard.
  await page.goto(`${PLATFORM_URL}/login`);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("first sign-in enrols an authenticator app, shows the recovery codes once, and a recovery code then works exactly once", async ({ page }) => {
  test.setTimeout(120_000);
  await submitPassword(page, staff.enrol);
  await expect(page).toHaveURL(/\/login\/enrol$/);
  await expect(page.getByRole("img", { name: /QR code that adds the Jeton back-office account/ })).toBeVisible();
  await expectNoSeriousViolations(page);
  // What a person types when they cannot scan: the key shown in clear.
  const secret = (await page.getByTestId("totp-secret").innerText()).replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Authentication code").fill(totpCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();

  await expect(page).toHaveURL(/\/login\/recovery-codes$/);
  const codes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allInnerTexts();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
  await expectNoSeriousViolations(page);
  await page.getByRole("button", { name: /continue to the dashboard/ }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText(staff.enrol.email)).toBeVisible();
  // Shown once: the page is gone now.
  await page.goto(`${PLATFORM_URL}/login/recovery-codes`);
  await expect(page).toHaveURL(/\/dashboard$/);

  await page.goto(`${PLATFORM_URL}/dashboard`);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?reason=signed_out$/);
  await expect(noticeOf(page)).toHaveText("You have been signed out.");

  const useRecoveryCode = async () => {
    await submitPassword(page, staff.enrol);
    await expect(page).toHaveURL(/\/login\/second-factor$/);
    await page.getByLabel("Authentication code").fill(codes[0]!.toUpperCase());
    await page.getByRole("button", { name: "Verify" }).click();
  };
  await useRecoveryCode();
  await expect(page).toHaveURL(/\/dashboard\?notice=recovery_code_used$/);
  await page.getByRole("button", { name: "Sign out" }).click();
  await useRecoveryCode();
  await expect(page).toHaveURL(/\/login\/second-factor\?error=invalid_totp_code$/);
  await expect(errorOf(page)).toContainText("already used");
});

test("five wrong passwords lock the account for this address: even the right password is then refused, answered like a wrong one", async ({ page }) => {
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitPassword(page, { email: staff.lockout.email, password: `wrong password number ${attempt}` });
    // Each post lands before the next attempt opens /login afresh.
    await expect(page).toHaveURL(/\/login\?error=invalid_credentials$/);
    await expect(errorOf(page)).toContainText("The email or password is not right");
  }
  await submitPassword(page, staff.lockout);
  await expect(page).toHaveURL(/\/login\?error=invalid_credentials$/);
  await expect(errorOf(page)).toContainText("sign-in is paused after too many failed attempts");
});

test("the owner sees the staff (the locked account among them), adds and disables a member, and reads it all in the audit log", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithTotp(page, staff.owner);
  await page.goto(`${PLATFORM_URL}/dashboard/settings/staff`);
  await expect(page.getByRole("heading", { level: 1, name: "Staff" })).toBeVisible();
  const lockedRow = page.getByRole("row").filter({ hasText: staff.lockout.email });
  await expect(lockedRow).toContainText("5 failed sign-ins in a row");
  await expectNoSeriousViolations(page);

  const email = `temp-${Date.now()}@e2e.jeton.test`;
  await page.getByLabel("Email", { exact: true }).fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByLabel("Initial password").fill("a temporary password");
  await page.getByRole("button", { name: "Add staff member" }).click();
  await expect(noticeOf(page)).toHaveText("The staff member was added.");
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Viewer");
  await expect(row).toContainText("Not yet");

  await row.getByLabel(`Role of ${email}`, { exact: true }).selectOption("admin");
  await row.getByRole("button", { name: `Change role of ${email}`, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Change role", exact: true }).click();
  await expect(noticeOf(page)).toContainText("The role was changed");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Admin");

  await page.getByRole("row").filter({ hasText: email }).getByRole("button", { name: `Disable ${email}`, exact: true }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Disable", exact: true }).click();
  await expect(noticeOf(page)).toContainText("disabled");
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Disabled");

  await page.getByRole("row").filter({ hasText: staff.lockout.email }).getByRole("button", { name: `Unlock ${staff.lockout.email}`, exact: true }).click();
  await expect(noticeOf(page)).toHaveText("The account was unlocked.");
  await expect(page.getByRole("row").filter({ hasText: staff.lockout.email })).toContainText("Active");

  await page.goto(`${PLATFORM_URL}/dashboard/audit`);
  await expect(page.getByRole("heading", { level: 1, name: "Audit log" })).toBeVisible();
  await expectNoSeriousViolations(page);
  await expect(page.getByRole("row").filter({ hasText: "staff.disable" }).first()).toContainText(staff.owner.email);
  await page.getByLabel("Action").selectOption("login.password");
  await page.getByLabel("Staff member").selectOption({ label: staff.lockout.email });
  await page.getByLabel("Outcome").selectOption("denied");
  await page.getByRole("button", { name: "Filter" }).click();
  const denied = page.getByRole("row").filter({ hasText: "login.password" });
  // The right password refused while locked (the five wrong ones are failures).
  await expect(denied).toHaveCount(1);
  await expect(denied.first()).toContainText("locked");
});

test("a viewer has no staff or audit pages", async ({ page }) => {
  await signInWithTotp(page, staff.viewer);
  await expect(page.getByRole("link", { name: "Audit log" })).toHaveCount(0);
  for (const path of ["/dashboard/audit", "/dashboard/settings/staff"]) {
    const response = await page.goto(`${PLATFORM_URL}${path}`);
    expect(response?.status(), path).toBe(404);
  }
});
