import { z } from "zod";

/** POST /dashboard/settings/checkout/locales: checkboxes `enabledLocales` (repeated) and a `defaultLocale`; setCheckoutLocales checks the rules. */
export const checkoutLocalesFields = z.object({
  enabledLocales: z.array(z.string().max(10)).max(10),
  defaultLocale: z.string().max(10),
});
