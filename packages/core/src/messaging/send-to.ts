import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { AppError } from "../errors";

export interface SendTo {
  email?: string | undefined;
  phone?: string | undefined;
}

const emailSchema = z.email().max(254);

/**
 * Checks where a payment request is to be sent before anything is written:
 * an address that is not an email, or a number that is not a valid E.164
 * number (`+` and the country code), is a 400 naming the field.
 */
export function checkSendTo(sendTo: SendTo, param = "sendTo"): { email: string | null; phone: string | null } {
  const email = sendTo.email?.trim();
  const phone = sendTo.phone?.trim();
  if (!email && !phone) throw new AppError("parameter_invalid", `${param} needs an email or a phone.`, { param });
  if (email !== undefined && email !== "" && !emailSchema.safeParse(email).success) {
    throw new AppError("parameter_invalid", `${param}[email] is not an email address.`, { param: `${param}[email]` });
  }
  let e164: string | null = null;
  if (phone) {
    const parsed = /^\+[1-9]\d{6,14}$/.test(phone) ? parsePhoneNumberFromString(phone) : undefined;
    if (!parsed || !parsed.isValid()) {
      throw new AppError("parameter_invalid", `${param}[phone] is not a valid phone number in E.164 form (e.g. +33612345678).`, { param: `${param}[phone]` });
    }
    e164 = parsed.number;
  }
  return { email: email ? email.toLowerCase() : null, phone: e164 };
}
