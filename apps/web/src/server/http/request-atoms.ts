import { z } from "zod";

/*
 * The pieces of request schemas that many routes share, written once: a
 * currency code, an object id, and the merchant's metadata and description.
 */

/** ISO 4217 alphabetic code, in capitals. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, "an ISO 4217 code in capitals, e.g. EUR");

/** An id of one kind of object: `objectId("tx")` accepts `tx_…`. */
export const objectId = (prefix: string) => z.string().regex(new RegExp(`^${prefix}_[A-Za-z0-9_-]{16,64}$`), `an id (${prefix}_…)`);

export const METADATA_MAX_KEYS = 50;
export const METADATA_KEY_MAX = 40;
export const METADATA_VALUE_MAX = 500;

/**
 * The merchant's own key → value strings: at most 50 keys, keys 1–40
 * characters, values up to 500. A bad entry is named `metadata[key]`.
 */
export const metadataInput = z
  .record(z.string(), z.string(), { error: "metadata must be an object of string values" })
  .superRefine((metadata, context) => {
    const keys = Object.keys(metadata);
    if (keys.length > METADATA_MAX_KEYS) context.addIssue({ code: "custom", message: `at most ${METADATA_MAX_KEYS} keys`, path: [] });
    for (const key of keys) {
      if (key.length === 0 || key.length > METADATA_KEY_MAX) context.addIssue({ code: "custom", message: `keys are 1 to ${METADATA_KEY_MAX} characters`, path: [key] });
      else if (metadata[key]!.length > METADATA_VALUE_MAX) context.addIssue({ code: "custom", message: `values are at most ${METADATA_VALUE_MAX} characters`, path: [key] });
    }
  })
  .meta({ description: `Your own key → value strings: at most ${METADATA_MAX_KEYS} keys of 1–${METADATA_KEY_MAX} characters, values up to ${METADATA_VALUE_MAX}.` });

/** A free text for people (shown in the back-office), up to 500 characters. */
export const descriptionInput = z.string().max(500);

/**
 * `metadata[key]=value` filters of a list: every pair must match (AND). The
 * same limits as the metadata itself, so a filter that could never match is
 * refused rather than answered empty: `metadata[]=x` (no key), a key over 40
 * characters, a value over 500, more than 50 pairs, or `metadata=x` (not
 * nested) are a 400 naming the parameter.
 */
export const metadataFilter = z
  .record(z.string().min(1).max(METADATA_KEY_MAX), z.string().max(METADATA_VALUE_MAX), {
    error: (issue) => (issue.code === "invalid_key" ? `metadata keys are 1 to ${METADATA_KEY_MAX} characters` : "filter with metadata[key]=value"),
  })
  .refine((metadata) => Object.keys(metadata).length <= METADATA_MAX_KEYS, `at most ${METADATA_MAX_KEYS} metadata filters`)
  .meta({ description: "`metadata[key]=value`: only objects whose metadata holds every pair given." });

/**
 * A `status` filter: one status, or several separated by commas
 * (`refunded,partially_refunded`); any of them matches.
 */
export function statusListQuery<S extends string>(statuses: readonly [S, ...S[]]) {
  const known: readonly string[] = statuses;
  return z
    .string()
    .max(300)
    .refine((value) => value.split(",").every((status) => known.includes(status)), `one or more of ${statuses.join(", ")}, separated by commas`)
    .transform((value) => [...new Set(value.split(","))] as S[]);
}
