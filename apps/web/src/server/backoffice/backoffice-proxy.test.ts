import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { getConfig } from "@/env";
import { proxy } from "@/proxy";
import { newStaffSession, sealStaffSession, STAFF_COOKIE } from "./staff-session";

beforeAll(() => {
  process.env.JETON_VAULT_KEKS = `k:${randomBytes(32).toString("base64")}`;
  process.env.JETON_FINGERPRINT_KEY = randomBytes(32).toString("base64");
});

const page = (path: string, cookie?: string, method = "GET") =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { method, headers: cookie ? { cookie: `${STAFF_COOKIE}=${cookie}` } : {} }));

describe("back-office proxy", () => {
  it("sends visitors without a session to /login, and drops a dead cookie", async () => {
    const anonymous = await page("/dashboard/payments");
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get("location")).toBe("http://localhost:3000/login?reason=session");

    const stale = newStaffSession({ userId: "usr_1", sessionVersion: 1, stage: "active" }, new Date(Date.now() - 60 * 60_000));
    const expired = await page("/dashboard", await sealStaffSession(getConfig(), stale));
    expect(expired.headers.get("location")).toBe("http://localhost:3000/login?reason=expired");
    expect(expired.headers.get("set-cookie")).toMatch(/jeton_staff=;.*Max-Age=0/i);
  });

  it("does not let a half-finished sign-in (password only) into the dashboard", async () => {
    const halfway = newStaffSession({ userId: "usr_1", sessionVersion: 1, stage: "password" }, new Date());
    const response = await page("/dashboard", await sealStaffSession(getConfig(), halfway));
    expect(response.headers.get("location")).toContain("/login");
  });

  it("slides the idle timeout forward on page requests", async () => {
    const session = newStaffSession({ userId: "usr_1", sessionVersion: 1, stage: "active" }, new Date(Date.now() - 5 * 60_000));
    const response = await page("/dashboard", await sealStaffSession(getConfig(), session));
    expect(response.status).toBe(200);
    expect(response.headers.get("set-cookie")).toMatch(/jeton_staff=Fe26[^;]+;.*HttpOnly/i);
  });

  it("leaves POSTs to the route (which answers for itself) and the login page open", async () => {
    expect((await page("/dashboard/mode", undefined, "POST")).status).toBe(200);
    expect((await page("/login")).status).toBe(200);
  });

  it("forbids framing and inline scripts without the nonce on every back-office page", async () => {
    const csp = (await page("/login")).headers.get("content-security-policy") ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(csp).toContain("form-action 'self'");
  });
});
