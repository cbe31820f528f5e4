import { messageFor, resolveLocale, type Locale } from "./messages";

/** The names of the data-jeton inputs an error can point at. */
export type JetonField = "number" | "exp" | "exp-month" | "exp-year" | "cvc" | "holder";

export interface JetonErrorOptions {
  field?: JetonField | undefined;
  status?: number | undefined;
  locale?: Locale | undefined;
}

/**
 * The one error type token.js rejects or throws with, so integrators can branch
 * on `code` and highlight `field` without parsing messages.
 */
export class JetonError extends Error {
  readonly code: string;
  readonly field: JetonField | undefined;
  readonly status: number | undefined;

  constructor(code: string, options: JetonErrorOptions = {}) {
    super(messageFor(code, resolveLocale(options.locale)));
    // Set explicitly: the minifier renames the class.
    this.name = "JetonError";
    this.code = code;
    this.field = options.field;
    this.status = options.status;
  }
}
