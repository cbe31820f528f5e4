import { createCipheriv, createDecipheriv, createHmac, timingSafeEqual } from "node:crypto";
import type { Vault } from "../vault/create-vault";

const PREFIX = "bl_";
const TAG_BYTES = 16;
const FINGERPRINT_BYTES = 32;
const SHAPE = /^bl_[A-Za-z0-9_-]{64}$/;

function keys(vault: Vault) {
  const key = vault.derivedKey("merchant-card-id");
  return {
    mac: createHmac("sha256", key).update("mac").digest(),
    enc: createHmac("sha256", key).update("enc").digest(),
  };
}

function tagOf(macKey: Buffer, merchantId: string, fingerprint: Buffer): Buffer {
  return createHmac("sha256", macKey).update(`${merchantId}\n`).update(fingerprint).digest().subarray(0, TAG_BYTES);
}

/**
 * What a merchant and its staff see instead of a card's fingerprint. The
 * fingerprint is platform-wide (one card, one value, at every merchant), so
 * showing it would let two merchants match their shoppers' cards. This id is
 * the fingerprint encrypted deterministically for one merchant (SIV: the IV
 * is an HMAC of the merchant id and the fingerprint, keyed by a server key):
 * stable for one merchant, unrelated between merchants, and the platform can
 * turn it back into the fingerprint to find the card, so nothing new is stored.
 */
export function toMerchantCardId(vault: Vault, merchantId: string, fingerprint: string): string {
  const raw = Buffer.from(fingerprint, "base64url");
  const { mac, enc } = keys(vault);
  const tag = tagOf(mac, merchantId, raw);
  const cipher = createCipheriv("aes-256-ctr", enc, tag);
  return PREFIX + Buffer.concat([tag, cipher.update(raw), cipher.final()]).toString("base64url");
}

/** The fingerprint behind one of this merchant's card ids; null for anything else (another merchant's id, a forged one). */
export function fingerprintOfMerchantCardId(vault: Vault, merchantId: string, cardId: string): string | null {
  if (!SHAPE.test(cardId)) return null;
  const bytes = Buffer.from(cardId.slice(PREFIX.length), "base64url");
  if (bytes.length !== TAG_BYTES + FINGERPRINT_BYTES) return null;
  const { mac, enc } = keys(vault);
  const tag = bytes.subarray(0, TAG_BYTES);
  const decipher = createDecipheriv("aes-256-ctr", enc, tag);
  const raw = Buffer.concat([decipher.update(bytes.subarray(TAG_BYTES)), decipher.final()]);
  if (!timingSafeEqual(tag, tagOf(mac, merchantId, raw))) return null;
  return raw.toString("base64url");
}
