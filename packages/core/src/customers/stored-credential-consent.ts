import { AppError } from "../errors";

/** How the shopper's consent to merchant-initiated charges was obtained. `hosted_page`: the shopper's tick on Jeton's payment page; the others are the merchant's statement through the API. */
export const consentMethods = ["hosted_page", "api", "online", "in_person", "phone", "written"] as const;
export type ConsentMethod = (typeof consentMethods)[number];

/** What a merchant may state through the API (the hosted page's tick is Jeton's own record). */
export const merchantConsentMethods = ["api", "online", "in_person", "phone", "written"] as const;

export interface StoredCredentialConsent {
  obtainedAt: Date;
  method: ConsentMethod;
}

/**
 * The merchant's statement that the shopper agreed to be charged later
 * without being present. Without one, saving a card through the API states
 * "given now, through the API". A date in the future is refused.
 */
export function merchantConsent(
  input: { obtainedAt?: string | undefined; method?: (typeof merchantConsentMethods)[number] | undefined } | undefined,
  now: Date,
): StoredCredentialConsent {
  const obtainedAt = input?.obtainedAt === undefined ? now : new Date(input.obtainedAt);
  if (Number.isNaN(obtainedAt.getTime()) || obtainedAt > now) {
    throw new AppError("parameter_invalid", "consent.obtainedAt must be a date-time, not in the future.", { param: "consent.obtainedAt" });
  }
  return { obtainedAt, method: input?.method ?? "api" };
}
