import { randomBytes } from "node:crypto";
import { loadPlatformConfig } from "@jeton/config";
import { describe, expect, it } from "vitest";
import { newStaffSession, readStaffCookie, sealStaffSession, staffSetCookie, unsealStaffSession } from "./staff-session";

const base = { JETON_VAULT_KEKS: `k:${randomBytes(32).toString("base64")}`, JETON_FINGERPRINT_KEY: randomBytes(32).toString("base64") };
const config = loadPlatformConfig(base);
const start = new Date("2026-11-27T10:00:00Z");
const minutes = (n: number) => new Date(start.getTime() + n * 60_000);

describe("staff session cookie", () => {
  it("round-trips through the seal and carries a fresh CSRF token per session", async () => {
    const session = newStaffSession({ userId: "usr_1", sessionVersion: 3, stage: "active" }, start);
    const sealed = await sealStaffSession(config, session);
    expect(sealed).not.toContain("usr_1");
    expect(await unsealStaffSession(config, sealed, minutes(1))).toEqual(session);
    expect(newStaffSession({ userId: "usr_1", sessionVersion: 3, stage: "active" }, start).csrf).not.toBe(session.csrf);
  });

  it("ends after the idle timeout, and after 12 hours whatever the activity", async () => {
    const session = newStaffSession({ userId: "usr_1", sessionVersion: 1, stage: "active" }, start);
    const sealed = await sealStaffSession(config, session);
    expect(await unsealStaffSession(config, sealed, minutes(14))).not.toBeNull();
    expect(await unsealStaffSession(config, sealed, minutes(16))).toBeNull();
    const busy = await sealStaffSession(config, { ...session, seenAt: minutes(12 * 60 + 1).getTime() });
    expect(await unsealStaffSession(config, busy, minutes(12 * 60 + 2))).toBeNull();
  });

  it("refuses a cookie sealed with another secret, a tampered one and garbage", async () => {
    const session = newStaffSession({ userId: "usr_1", sessionVersion: 1, stage: "active" }, start);
    const other = loadPlatformConfig({ ...base, JETON_SESSION_SECRET: "x".repeat(40) });
    const sealed = await sealStaffSession(other, session);
    expect(await unsealStaffSession(config, sealed, start)).toBeNull();
    const mine = await sealStaffSession(config, session);
    const tampered = mine.slice(0, 40) + (mine[40] === "A" ? "B" : "A") + mine.slice(41);
    expect(await unsealStaffSession(config, tampered, start)).toBeNull();
    expect(await unsealStaffSession(config, "not-a-seal", start)).toBeNull();
    expect(await unsealStaffSession(config, undefined, start)).toBeNull();
  });

  it("sets HttpOnly, SameSite=Lax and Path=/, Secure only when configured, and clears with Max-Age=0", () => {
    const dev = staffSetCookie(config, "sealed");
    expect(dev).toMatch(/^jeton_staff=sealed; /);
    expect(dev).toContain("HttpOnly");
    expect(dev).toContain("SameSite=Lax");
    expect(dev).toContain("Path=/");
    expect(dev).not.toContain("Secure");
    expect(dev).not.toMatch(/Max-Age|Expires/);
    // As npm start runs it: a production build on http://localhost still sets Secure (browsers accept it there).
    const production = loadPlatformConfig({ ...base, NODE_ENV: "production", JETON_PUBLIC_URL: "http://localhost:3000", JETON_ALLOW_INSECURE_PUBLIC_URL: "true" });
    expect(staffSetCookie(production, "sealed")).toContain("; Secure");
    expect(staffSetCookie(config, null)).toContain("Max-Age=0");
  });

  it("reads its cookie among others", () => {
    expect(readStaffCookie("a=1; jeton_staff=abc==; b=2")).toBe("abc==");
    expect(readStaffCookie("a=1")).toBeNull();
    expect(readStaffCookie(null)).toBeNull();
  });
});
