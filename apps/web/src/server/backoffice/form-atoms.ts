import { schema } from "@jeton/db";
import { z } from "zod";
import { descriptionInput, metadataInput } from "@/server/http/request-atoms";

/*
 * The pieces of back-office form schemas, written once. A form sends text:
 * an empty field is an absent value, and description and metadata are the
 * API's own atoms, so a form refuses exactly what the API refuses.
 */

/** An empty (or blank) form field is an absent value, not an empty string; others are trimmed. */
export const optionalField = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value), schema.optional());

/** The object's description, as the API takes it (up to 500 characters). */
export const descriptionField = optionalField(descriptionInput);

/** The metadata editor's rows, gathered by formObject: the API's metadata rules (50 keys, keys 1–40, values up to 500). */
export const metadataField = metadataInput.optional();

/** An amount as staff type it, in major units (`25.50`, `25,50`): converted by the handler with the currency's exponent. */
export const majorAmountText = z.string().regex(/^\d{1,15}([.,]\d{1,3})?$/, "a positive amount in major units, e.g. 25.50");

/** A staff member's role. */
export const staffRoleField = z.enum(schema.staffRoles, "role must be owner, admin or viewer");

/** A code typed at sign-in: a TOTP code or a recovery code (core checks which, and whether it is right). */
export const oneTimeCodeField = z.string().trim().min(1, "Type the code.").max(64);
