/**
 * The simulated BIN table shipped with Jeton (inserted by the migration that
 * creates card_bins, and by resetSimulatedCardBins): the test cards of
 * docs/test-cards.md, plus cards from several countries for country rules.
 * The longest matching prefix wins.
 */
export const simulatedCardBins: readonly { prefix: string; country: string; brand: string; funding: "credit" | "debit" | "prepaid"; issuer: string }[] = [
  { prefix: "424242", country: "US", brand: "visa", funding: "credit", issuer: "Jeton Test Bank" },
  { prefix: "400000", country: "US", brand: "visa", funding: "credit", issuer: "Jeton Test Bank" },
  { prefix: "555555", country: "US", brand: "mastercard", funding: "credit", issuer: "Jeton Test Bank" },
  { prefix: "378282", country: "US", brand: "amex", funding: "credit", issuer: "Jeton Test Bank" },
  { prefix: "52008282", country: "US", brand: "mastercard", funding: "debit", issuer: "Jeton Test Bank" },
  { prefix: "51051051", country: "US", brand: "mastercard", funding: "prepaid", issuer: "Jeton Test Bank" },
  { prefix: "40000025", country: "FR", brand: "visa", funding: "credit", issuer: "Banque d'Essai" },
  { prefix: "40000027", country: "DE", brand: "visa", funding: "debit", issuer: "Testbank" },
  { prefix: "40000082", country: "GB", brand: "visa", funding: "debit", issuer: "Test Bank UK" },
  { prefix: "40000039", country: "JP", brand: "visa", funding: "credit", issuer: "Test Bank Japan" },
  { prefix: "40000007", country: "BR", brand: "visa", funding: "credit", issuer: "Banco de Teste" },
  { prefix: "40000036", country: "ES", brand: "visa", funding: "prepaid", issuer: "Banco de Pruebas" },
  { prefix: "40000074", country: "NG", brand: "visa", funding: "debit", issuer: "Test Bank Nigeria" },
];
