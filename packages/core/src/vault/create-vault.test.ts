import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createVault, VaultError } from "./create-vault";
import { parseVaultKeys } from "./parse-vault-keys";

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const fingerprintKey = randomBytes(32);
const pan = "4242424242424242";

describe("vault", () => {
  it("round-trips a PAN and never stores it in clear", () => {
    const vault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const sealed = vault.seal(pan, "pan");
    expect(sealed.kekId).toBe("k1");
    expect(sealed.value).not.toContain(pan);
    expect(sealed.value.startsWith("v1.k1.")).toBe(true);
    expect(vault.open(sealed.value, "pan")).toBe(pan);
  });

  it("uses a fresh data key and IV for each value", () => {
    const vault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    expect(vault.seal(pan, "pan").value).not.toBe(vault.seal(pan, "pan").value);
  });

  it("seals several values at once, each in an envelope of its own that opens alone", () => {
    const vault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const [sealedPan, sealedCvc] = vault.sealEach([
      { plaintext: pan, purpose: "pan" },
      { plaintext: "123", purpose: "cvc" },
    ]);
    expect(vault.open(sealedPan!.value, "pan")).toBe(pan);
    expect(vault.open(sealedCvc!.value, "cvc")).toBe("123");
    expect(() => vault.open(sealedCvc!.value, "pan")).toThrow(VaultError);
    const [, , wrappedPan, ivPan] = sealedPan!.value.split(".");
    const [, , wrappedCvc, ivCvc] = sealedCvc!.value.split(".");
    // Its own data key (wrapped with its own IV) and its own data IV: nothing shared but the KEK.
    expect(wrappedPan).not.toBe(wrappedCvc);
    expect(Buffer.from(wrappedPan!, "base64url").subarray(0, 12)).not.toEqual(Buffer.from(wrappedCvc!, "base64url").subarray(0, 12));
    expect(ivPan).not.toBe(ivCvc);
    // The same format as one value sealed alone, so what reads one reads the other.
    expect(sealedPan!.value.split(".").map((part) => part.length)).toEqual(vault.seal(pan, "pan").value.split(".").map((part) => part.length));
  });

  it("fails to open with the wrong key", () => {
    const sealed = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey }).seal(pan, "pan");
    const other = createVault({ keks: { k1: k2 }, activeKekId: "k1", fingerprintKey });
    expect(() => other.open(sealed.value, "pan")).toThrow(VaultError);
  });

  it("fails when the KEK id is unknown", () => {
    const sealed = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey }).seal(pan, "pan");
    const other = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
    expect(() => other.open(sealed.value, "pan")).toThrow(/not configured/);
  });

  it("refuses a CVC ciphertext presented as a PAN", () => {
    const vault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const cvc = vault.seal("123", "cvc");
    expect(() => vault.open(cvc.value, "pan")).toThrow(VaultError);
  });

  it("detects tampering with the ciphertext", () => {
    const vault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const parts = vault.seal(pan, "pan").value.split(".");
    const ct = Buffer.from(parts[4]!, "base64url");
    ct[0] = ct[0]! ^ 1;
    parts[4] = ct.toString("base64url");
    expect(() => vault.open(parts.join("."), "pan")).toThrow(VaultError);
  });

  it("rotation re-wraps under the new KEK and keeps old ciphertexts readable", () => {
    const before = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const old = before.seal(pan, "pan");
    const after = createVault({ keks: { k1, k2 }, activeKekId: "k2", fingerprintKey });
    // Not yet re-wrapped: still readable through the old KEK.
    expect(after.open(old.value, "pan")).toBe(pan);
    const rewrapped = after.rewrap(old.value);
    expect(rewrapped.kekId).toBe("k2");
    // The data ciphertext is unchanged; only the wrapped key moved.
    expect(rewrapped.value.split(".").slice(3)).toEqual(old.value.split(".").slice(3));
    // Once re-wrapped, the old KEK is no longer needed.
    const onlyNew = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
    expect(onlyNew.open(rewrapped.value, "pan")).toBe(pan);
    expect(() => onlyNew.open(old.value, "pan")).toThrow(VaultError);
  });

  it("fingerprints are stable, keyed and not a plain hash", () => {
    const a = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const b = createVault({ keks: { k2 }, activeKekId: "k2", fingerprintKey });
    const c = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey: randomBytes(32) });
    expect(a.fingerprint(pan)).toBe(b.fingerprint(pan));
    expect(a.fingerprint(pan)).not.toBe(c.fingerprint(pan));
    expect(a.fingerprint(pan)).not.toBe(a.fingerprint("5555555555554444"));
    expect(a.fingerprint(pan)).not.toContain(pan.slice(6, 12));
  });

  it("derives one key per purpose, the same on every call and every instance, and a caller cannot spoil it", () => {
    const vault = createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey });
    const first = vault.derivedKey("card-testing-challenge");
    expect(first).toHaveLength(32);
    first.fill(0);
    expect(vault.derivedKey("card-testing-challenge")).toEqual(createVault({ keks: { k1 }, activeKekId: "k1", fingerprintKey }).derivedKey("card-testing-challenge"));
    expect(vault.derivedKey("card-testing-challenge").equals(Buffer.alloc(32))).toBe(false);
    expect(vault.derivedKey("recovery-code").equals(vault.derivedKey("card-testing-challenge"))).toBe(false);
  });

  it("refuses bad configuration", () => {
    expect(() => createVault({ keks: { k1: randomBytes(16) }, activeKekId: "k1", fingerprintKey })).toThrow(/32 bytes/);
    expect(() => createVault({ keks: { k1 }, activeKekId: "k9", fingerprintKey })).toThrow(/not configured/);
    expect(() => createVault({ keks: { "bad.id": k1 }, activeKekId: "bad.id", fingerprintKey })).toThrow(/invalid KEK id/);
  });

  it("parses the KEK list from configuration", () => {
    const keks = parseVaultKeys(`k1:${k1.toString("base64")}, k2:${k2.toString("base64")}`);
    expect(Object.keys(keks)).toEqual(["k1", "k2"]);
    expect(keks.k2?.equals(k2)).toBe(true);
    expect(() => parseVaultKeys("k1:c2hvcnQ=")).toThrow(/32 bytes/);
    expect(() => parseVaultKeys("nokey")).toThrow(/id:base64key/);
  });
});
