/**
 * Browser-safe. What the shopper's browser may learn of a refusal. A lost,
 * stolen or fraud-suspected card, and a card a risk rule blocked, all read
 * the same: the generic `card_declined`, so a card tester cannot tell which
 * numbers are live. The precise code stays for the merchant (API with the
 * secret key, webhooks, back-office). Other reasons (insufficient funds, a
 * wrong CVC, the bank not answering) help an honest shopper and pass as they are.
 */
export const concealedDeclineCodes: ReadonlySet<string> = new Set(["lost_card", "stolen_card", "fraudulent", "pickup_card", "restricted_card", "security_violation"]);

export const GENERIC_DECLINE_CODE = "card_declined";
/** ISO 8583 "05" (do not honor): what a concealed refusal's response code reads as in the browser. */
export const GENERIC_RESPONSE_CODE = "05";

export interface ShopperFacingRefusal<Status extends string> {
  status: Status | "declined";
  declineCode: string | null;
  responseCode: string | null;
}

export function isConcealedRefusal(status: string, declineCode: string | null | undefined): boolean {
  return status === "blocked" || (declineCode != null && concealedDeclineCodes.has(declineCode));
}

/** The status, decline code and response code as the browser may see them. */
export function shopperFacingRefusal<Status extends string>(refusal: {
  status: Status;
  declineCode: string | null | undefined;
  responseCode?: string | null | undefined;
}): ShopperFacingRefusal<Status> {
  if (!isConcealedRefusal(refusal.status, refusal.declineCode)) {
    return { status: refusal.status, declineCode: refusal.declineCode ?? null, responseCode: refusal.responseCode ?? null };
  }
  return { status: "declined", declineCode: GENERIC_DECLINE_CODE, responseCode: GENERIC_RESPONSE_CODE };
}
