/** The only forms of a PAN that may leave the vault: BIN (first 6) and last 4. */
export function maskCard(number: string): { bin: string; last4: string; masked: string } {
  const bin = number.slice(0, 6);
  const last4 = number.slice(-4);
  return { bin, last4, masked: `${bin}${"•".repeat(Math.max(0, number.length - 10))}${last4}` };
}
