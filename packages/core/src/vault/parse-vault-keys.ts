import { VaultError } from "./create-vault";

/**
 * Parses the KEK list as operators write it in configuration:
 * `id1:<base64 32 bytes>,id2:<base64 32 bytes>`.
 */
export function parseVaultKeys(text: string): Record<string, Buffer> {
  const keks: Record<string, Buffer> = {};
  for (const entry of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const separator = entry.indexOf(":");
    if (separator <= 0) throw new VaultError("KEK entries are written id:base64key");
    const id = entry.slice(0, separator);
    const key = Buffer.from(entry.slice(separator + 1), "base64");
    if (key.length !== 32) throw new VaultError(`KEK ${id} must decode to 32 bytes`);
    keks[id] = key;
  }
  return keks;
}
