import { setPublishableKey } from "./config";
import { createToken } from "./create-token";
import { createFields } from "./fields/fields";
import { formatCardNumber } from "./format-card-number";
import { handleNextAction } from "./handle-next-action";
import { JetonError } from "./jeton-error";
import { mountSmartForm } from "./mount-smart-form";
import { tokenizeAndSubmit } from "./tokenize-and-submit";
import { cardBrand, validateCardNumber, validateCvc, validateExpiry } from "./validators";

export type { CardToken } from "./types";
export type { Field, FieldOptions, Fields, FieldsOptions } from "./fields/fields";
export type { FieldChangeEvent, FieldType } from "./fields/protocol";
export type { FieldsStyle } from "./fields/style";
export type { JetonField } from "./jeton-error";
export type { PublishableKeyOptions } from "./config";
export type { TokenizeAndSubmitOptions } from "./tokenize-and-submit";
export type { MountSmartFormOptions, SmartForm, SmartFormEvent, SmartFormHandler } from "./mount-smart-form";
export type { HandleNextActionOptions, NextActionResult } from "./handle-next-action";
export type { CardNumberValidation, FieldValidation } from "./validators";

// Replaced by build.mjs with the package version; "dev" when run from source.
declare const __JETON_VERSION__: string | undefined;

/** Everything merchants reach as window.Jeton; new features are added here. */
export const Jeton = {
  version: typeof __JETON_VERSION__ === "string" ? __JETON_VERSION__ : "dev",
  setPublishableKey,
  createToken,
  fields: createFields,
  tokenizeAndSubmit,
  mountSmartForm,
  handleNextAction,
  validateCardNumber,
  validateExpiry,
  validateCvc,
  cardBrand,
  formatCardNumber,
  JetonError,
};

export type JetonNamespace = typeof Jeton;

declare global {
  interface Window {
    Jeton: JetonNamespace;
  }
}

// Guarded so the module can also be imported where there is no window (tests, SSR).
if (typeof window !== "undefined") window.Jeton = Jeton;
