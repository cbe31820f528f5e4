/**
 * The Electronic Commerce Indicator the acquirer must send with the
 * authorization. Mastercard numbers it its own way; Visa's values are the
 * ones the other networks follow.
 */
export function eciFor(brand: string, transStatus: string): string {
  const mastercard = brand === "mastercard";
  if (transStatus === "Y") return mastercard ? "02" : "05";
  if (transStatus === "A") return mastercard ? "01" : "06";
  return mastercard ? "00" : "07";
}
