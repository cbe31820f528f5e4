import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import * as OTPAuth from "otpauth";
import { PLATFORM_URL } from "./fixtures";

const output = process.env.E2E_OUTPUT ?? path.join(import.meta.dirname, ".output");

export type StaffRole = "owner" | "admin" | "viewer";
interface StaffAccount {
  email: string;
  password: string;
  /** Base32; absent for an account that has not enrolled TOTP yet. */
  totpSecret?: string;
}

/**
 * The staff accounts scripts/e2e.mjs created through the CLI for this run:
 * one per role (TOTP already enrolled), `enrol` (no TOTP yet: first sign-in
 * enrols) and `lockout` (for the lockout test; nothing else signs in with it).
 */
export const staff = JSON.parse(readFileSync(path.join(output, "staff.json"), "utf8")) as Record<
  StaffRole | "enrol" | "lockout",
  StaffAccount
>;

/** The current TOTP code of a base32 secret (SHA-1, 6 digits, 30 s: what authenticator apps use). */
export function totpCode(secret: string, timestamp = Date.now()): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30, algorithm: "SHA1" }).generate({ timestamp });
}

/**
 * A code that has not been used yet for this account: the platform refuses a
 * code twice (replay), so a second sign-in in the same 30 s window waits for
 * the next one. Spec files on two workers sign in with the same accounts: each
 * takes its window by creating a file for it exclusively, and none takes a
 * window's last seconds (a code must reach the platform before a later one).
 */
async function freshCode(account: StaffAccount): Promise<string> {
  const folder = path.join(output, "auth", "codes");
  mkdirSync(folder, { recursive: true });
  for (;;) {
    const now = Date.now();
    const window = Math.floor(now / 30_000);
    const nextWindowIn = (window + 1) * 30_000 - now;
    if (nextWindowIn > 5_000) {
      try {
        writeFileSync(path.join(folder, `${account.email}.${window}`), "", { flag: "wx" });
        return totpCode(account.totpSecret!, now);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, nextWindowIn + 500));
  }
}

/** Types the email and password on /login and submits them. */
export async function submitPassword(page: Page, account: Pick<StaffAccount, "email" | "password">): Promise<void> {
  await page.goto(`${PLATFORM_URL}/login`);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Signs in through the UI: password, then a TOTP code. */
export async function signInWithTotp(page: Page, account: StaffAccount): Promise<void> {
  await submitPassword(page, account);
  await page.getByLabel("Authentication code").fill(await freshCode(account));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/dashboard(\/|\?|$)/);
}

/**
 * A page signed in as the role's account. The session cookie is kept between
 * tests (one worker), so only the first call per role goes through the form.
 */
export async function signIn(page: Page, role: StaffRole): Promise<void> {
  const stateFile = path.join(output, "auth", `${role}.json`);
  if (existsSync(stateFile)) {
    await page.context().addCookies(JSON.parse(readFileSync(stateFile, "utf8")));
    await page.goto(`${PLATFORM_URL}/dashboard`);
    if (!page.url().includes("/login")) return;
  }
  await signInWithTotp(page, staff[role]);
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify((await page.context().cookies()).filter((cookie) => cookie.name === "jeton_staff")));
}

/**
 * One card payment through the merchant API, as a merchant's own checkout
 * makes it: token.js's tokenization (from the shop's origin), then
 * POST /api/v1/transactions. Returns the API's answer (402 for a refusal).
 */
export async function chargeCard(
  number: string,
  input: { amount: number; currency?: string; reference?: string; email?: string; captureMode?: "automatic" | "manual" },
): Promise<{ status: number; json: Record<string, any> }> {
  const { api, merchant, SHOP_URL } = await import("./fixtures");
  const tokenResponse = await fetch(`${PLATFORM_URL}/api/v1/card-tokens`, {
    method: "POST",
    headers: { Authorization: `Bearer ${merchant.keys.test.publishableKey}`, "Content-Type": "application/json", Origin: SHOP_URL },
    body: JSON.stringify({ card: { number, expMonth: 12, expYear: 2034, cvc: number.startsWith("37") ? "1234" : "123" } }),
  });
  if (tokenResponse.status !== 201) throw new Error(`tokenization answered ${tokenResponse.status}: ${await tokenResponse.text()}`);
  const { cardTokenId } = (await tokenResponse.json()) as { cardTokenId: string };
  return api("POST", "/api/v1/transactions", {
    cardTokenId,
    amount: input.amount,
    currency: input.currency ?? "EUR",
    merchantReference: input.reference,
    customerEmail: input.email,
    captureMode: input.captureMode,
  });
}
