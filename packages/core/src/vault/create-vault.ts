import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from "node:crypto";

/** What a sealed value is for (card number, CVC, or a platform secret such as a signing key); bound into the ciphertext so one cannot pass for another. */
export type VaultPurpose = "pan" | "cvc" | "secret";

/** What a derived key is for: each purpose gets its own key, so a value made for one cannot pass for another. */
export type DerivedKeyPurpose = "merchant-card-id" | "recovery-code" | "sign-in-subject" | "client-secret" | "card-testing-challenge" | "card-testing-attempt";

export interface VaultConfig {
  /** Key-encryption keys by id, each 32 bytes. Old ids stay here until rotation has re-wrapped everything. */
  keks: Record<string, Buffer>;
  /** The KEK new values are wrapped with. */
  activeKekId: string;
  /** 32-byte key for card fingerprints (keyed HMAC, never a plain hash: PANs are guessable). */
  fingerprintKey: Buffer;
}

export interface Sealed {
  kekId: string;
  value: string;
}

export interface Vault {
  readonly activeKekId: string;
  seal(plaintext: string, purpose: VaultPurpose): Sealed;
  /**
   * Seals several values, each exactly as `seal` does (its own data key, its own IVs, its own
   * wrap), with the random bytes for all of them drawn in one call: a card token's PAN and CVC.
   */
  sealEach(values: ReadonlyArray<{ plaintext: string; purpose: VaultPurpose }>): Sealed[];
  open(sealed: string, purpose: VaultPurpose): string;
  /** Re-wraps the data key under the active KEK; the data ciphertext itself is untouched. */
  rewrap(sealed: string): Sealed;
  fingerprint(pan: string): string;
  /**
   * A 32-byte key for one purpose (HKDF of the fingerprint key): keyed HMACs
   * and opaque ids that must survive KEK rotation and need no new setting.
   */
  derivedKey(purpose: DerivedKeyPurpose): Buffer;
}

const FORMAT = "v1";
const KEK_ID = /^[A-Za-z0-9_-]{1,32}$/;

export class VaultError extends Error {
  override name = "VaultError";
}

/** Random bytes one sealed value needs: its data key, the data's IV, the wrap's IV. */
const SEAL_RANDOM_BYTES = 32 + 12 + 12;

function gcmEncrypt(key: Buffer, iv: Buffer, plaintext: Buffer, aad: string) {
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, ciphertext, tag: cipher.getAuthTag() };
}

function gcmDecrypt(key: Buffer, iv: Buffer, ciphertext: Buffer, tag: Buffer, aad: string): Buffer {
  const decipher = createDecipheriv("aes-256-gcm", key, iv);
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    // Never say more: the caller only needs to know the value cannot be opened.
    throw new VaultError("vault value could not be decrypted");
  }
}

const b64 = (buffer: Buffer) => buffer.toString("base64url");
const unb64 = (text: string) => Buffer.from(text, "base64url");

/**
 * Envelope encryption with AES-256-GCM: each value gets its own random data
 * key; the data key is wrapped by a key-encryption key (KEK) from
 * configuration. Sealed form: `v1.<kekId>.<wrappedKey>.<iv>.<ciphertext>.<tag>`.
 */
export function createVault(config: VaultConfig): Vault {
  for (const [id, key] of Object.entries(config.keks)) {
    if (!KEK_ID.test(id)) throw new VaultError(`invalid KEK id: ${id}`);
    if (key.length !== 32) throw new VaultError(`KEK ${id} must be 32 bytes`);
  }
  if (!config.keks[config.activeKekId]) throw new VaultError(`active KEK ${config.activeKekId} is not configured`);
  if (config.fingerprintKey.length < 32) throw new VaultError("fingerprint key must be at least 32 bytes");

  const derived = new Map<DerivedKeyPurpose, Buffer>();

  const kek = (id: string) => {
    const key = config.keks[id];
    if (!key) throw new VaultError(`KEK ${id} is not configured`);
    return key;
  };

  const wrap = (dataKey: Buffer, iv: Buffer) => {
    const id = config.activeKekId;
    const { ciphertext, tag } = gcmEncrypt(kek(id), iv, dataKey, `kek:${id}`);
    return { kekId: id, wrapped: b64(Buffer.concat([iv, ciphertext, tag])) };
  };

  const parse = (sealed: string) => {
    const parts = sealed.split(".");
    if (parts.length !== 6 || parts[0] !== FORMAT) throw new VaultError("not a sealed vault value");
    const [, kekId, wrapped, iv, ciphertext, tag] = parts as [string, string, string, string, string, string];
    return { kekId, wrapped, iv, ciphertext, tag };
  };

  const unwrap = (kekId: string, wrapped: string) => {
    const raw = unb64(wrapped);
    if (raw.length !== 12 + 32 + 16) throw new VaultError("not a sealed vault value");
    return gcmDecrypt(kek(kekId), raw.subarray(0, 12), raw.subarray(12, 44), raw.subarray(44), `kek:${kekId}`);
  };

  /**
   * Each value under a fresh random data key, with a fresh random IV, the data key wrapped under the
   * active KEK with a fresh random IV of its own: the random bytes of every value come from one
   * draw (a draw costs about as much as an AES-GCM encryption, whatever its size), sliced apart,
   * never reused, zeroed once used.
   */
  const sealEach = (values: ReadonlyArray<{ plaintext: string; purpose: VaultPurpose }>): Sealed[] => {
    const random = randomBytes(values.length * SEAL_RANDOM_BYTES);
    try {
      return values.map(({ plaintext, purpose }, i) => {
        const at = i * SEAL_RANDOM_BYTES;
        const dataKey = random.subarray(at, at + 32);
        const iv = random.subarray(at + 32, at + 44);
        const { ciphertext, tag } = gcmEncrypt(dataKey, iv, Buffer.from(plaintext, "utf8"), purpose);
        const { kekId, wrapped } = wrap(dataKey, random.subarray(at + 44, at + 56));
        return { kekId, value: [FORMAT, kekId, wrapped, b64(iv), b64(ciphertext), b64(tag)].join(".") };
      });
    } finally {
      random.fill(0);
    }
  };

  return {
    activeKekId: config.activeKekId,
    seal(plaintext, purpose) {
      return sealEach([{ plaintext, purpose }])[0]!;
    },
    sealEach,
    open(sealed, purpose) {
      const parts = parse(sealed);
      const dataKey = unwrap(parts.kekId, parts.wrapped);
      const plaintext = gcmDecrypt(dataKey, unb64(parts.iv), unb64(parts.ciphertext), unb64(parts.tag), purpose);
      dataKey.fill(0);
      return plaintext.toString("utf8");
    },
    rewrap(sealed) {
      const parts = parse(sealed);
      const dataKey = unwrap(parts.kekId, parts.wrapped);
      const { kekId, wrapped } = wrap(dataKey, randomBytes(12));
      dataKey.fill(0);
      return { kekId, value: [FORMAT, kekId, wrapped, parts.iv, parts.ciphertext, parts.tag].join(".") };
    },
    fingerprint(pan) {
      return createHmac("sha256", config.fingerprintKey).update(`pan:${pan}`).digest("base64url");
    },
    derivedKey(purpose) {
      // Derived once per purpose: the hosted page signs a challenge on every render. A copy goes out, so a caller cannot spoil the cache.
      let key = derived.get(purpose);
      if (!key) derived.set(purpose, (key = Buffer.from(hkdfSync("sha256", config.fingerprintKey, Buffer.alloc(0), `jeton ${purpose}`, 32))));
      return Buffer.from(key);
    },
  };
}
