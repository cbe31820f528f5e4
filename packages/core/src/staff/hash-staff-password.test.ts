import { describe, expect, it } from "vitest";
import { isAppError } from "../errors";
import { assertStaffPasswordPolicy, hashStaffPassword, verifyStaffPasswordHash } from "./hash-staff-password";

const policyError = (password: string) => {
  try {
    assertStaffPasswordPolicy(password);
    return null;
  } catch (error) {
    return isAppError(error) ? { code: error.code, param: error.param } : error;
  }
};

describe("staff password hashing", () => {
  it("stores scrypt with its parameters and a fresh salt, and verifies only the right password", async () => {
    const hash = await hashStaffPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(hash).not.toContain("correct");
    expect(await hashStaffPassword("correct horse battery")).not.toBe(hash);
    expect(await verifyStaffPasswordHash("correct horse battery", hash)).toBe(true);
    expect(await verifyStaffPasswordHash("correct horse batterY", hash)).toBe(false);
    expect(await verifyStaffPasswordHash("correct horse battery ", hash)).toBe(false);
    expect(await verifyStaffPasswordHash("", hash)).toBe(false);
  });

  it("treats the same password typed in another Unicode form as the same (NFKC)", async () => {
    const composed = "café au lait 2030"; // é as one code point
    const decomposed = "cafe\u0301 au lait 2030"; // e + combining accent
    const hash = await hashStaffPassword(composed);
    expect(await verifyStaffPasswordHash(decomposed, hash)).toBe(true);
  });

  it("never matches a malformed or tampered hash, without throwing", async () => {
    const hash = await hashStaffPassword("correct horse battery");
    const [, N, r, p, salt, key] = hash.split("$");
    for (const stored of [
      "",
      "bcrypt$2b$10$abc",
      `scrypt$${N}$${r}$${p}$${salt}`,
      `scrypt$3$${r}$${p}$${salt}$${key}`, // N not a power of two
      `scrypt$${2 ** 24}$${r}$${p}$${salt}$${key}`, // N large enough to exhaust memory
      `scrypt$${N}$${r}$${p}$${salt}$${key!.slice(0, 10)}`,
      `scrypt$${N}$${r}$${p}$${Buffer.alloc(16).toString("base64url")}$${key}`, // another salt
      `scrypt$${Number(N) / 2}$${r}$${p}$${salt}$${key}`, // other parameters derive another key
    ]) {
      expect(await verifyStaffPasswordHash("correct horse battery", stored), stored).toBe(false);
    }
  });

  it("refuses passwords shorter than 12 characters or longer than 256, counting characters not bytes", async () => {
    expect(policyError("a".repeat(11))).toEqual({ code: "parameter_invalid", param: "password" });
    expect(policyError("a".repeat(12))).toBeNull();
    expect(policyError("🔑".repeat(11))).toEqual({ code: "parameter_invalid", param: "password" }); // 22 UTF-16 units, 11 characters
    expect(policyError("é".repeat(256))).toBeNull();
    expect(policyError("a".repeat(257))).toEqual({ code: "parameter_invalid", param: "password" });
    await expect(hashStaffPassword("short")).rejects.toMatchObject({ code: "parameter_invalid", param: "password" });
  });
});
