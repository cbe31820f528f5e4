/** The only forms of a PAN that may leave the vault: BIN (first 6) and last 4. */
export function maskCard(number: string): { bin: string; last4: string; masked: string } {
  const bin = number.slice(0, 6);
  const last4 = number.slice(-4);
  return { bin, last4, masked: `${bin}${"•".repeat(Math.max(0, number.length - 10))}${last4}` };
}

/**
 * A stored card's masked number, from its BIN and last 4 only (the PAN's
 * length is not kept): a fixed six-star mask, plain ASCII so that it reads
 * the same in a CSV file, e.g. `424242******4242`.
 */
export function maskStoredCard({ bin, last4 }: { bin: string; last4: string }): string {
  return `${bin}******${last4}`;
}
