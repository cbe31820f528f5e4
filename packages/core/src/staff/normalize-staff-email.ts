import { AppError } from "../errors";

/** Emails are compared lower-cased and trimmed: `Ann@Shop.example ` and `ann@shop.example` are one account. */
export function normalizeStaffEmail(value: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new AppError("parameter_invalid", "Enter a valid email address.", { param: "email" });
  }
  return email;
}
