/** The templates the back-office previews, with their names. */
export const previewTemplates = [
  ["payment_request", "Payment request"],
  ["reminder", "Reminder"],
  ["receipt", "Receipt"],
  ["refund_receipt", "Refund receipt"],
  ["payment_confirmation", "Merchant confirmation"],
  ["daily_digest", "Daily digest"],
] as const;
