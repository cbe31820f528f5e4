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

/** `metadata[key]=value` filters of a list: every pair must match (AND). */
export const metadataFilter = z.record(z.string().min(1).max(METADATA_KEY_MAX), z.string().max(METADATA_VALUE_MAX));
