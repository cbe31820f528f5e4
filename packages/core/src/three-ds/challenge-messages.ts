import { AppError } from "../errors";
import { isUuid } from "./is-uuid";
import { type ChallengeWindowSize, challengeWindowSizes, THREE_DS_VERSION } from "./three-ds-result";

/** The challenge request the browser posts, base64url-encoded, into the ACS iframe. */
export interface CReq {
  threeDSServerTransID: string;
  acsTransID: string;
  messageType: "CReq";
  messageVersion: "2.2.0";
  challengeWindowSize: ChallengeWindowSize;
}

/** The challenge response the ACS page posts back to the notification URL. */
export interface CRes {
  threeDSServerTransID: string;
  acsTransID: string;
  messageType: "CRes";
  messageVersion: "2.2.0";
  transStatus: "Y" | "N";
  challengeCompletionInd: "Y";
  /** 01: the cardholder pressed Cancel. */
  challengeCancel?: string;
}

/** Far above a real CReq/CRes (~250 bytes), low enough that nobody parses megabytes of JSON. */
const MAX_ENCODED_LENGTH = 4096;

function encode(message: object): string {
  return Buffer.from(JSON.stringify(message), "utf8").toString("base64url");
}

function decodeObject(value: unknown, param: string): Record<string, unknown> {
  const invalid = (why: string) => new AppError("parameter_invalid", `Invalid ${param}: ${why}.`, { param });
  if (typeof value !== "string" || value.length === 0) throw invalid("it must be a non-empty base64url string");
  if (value.length > MAX_ENCODED_LENGTH) throw invalid("it is too long");
  // Buffer's decoder skips characters it does not know; insist on the exact
  // (unpadded, as EMV sends it) alphabet and a canonical encoding instead.
  if (!/^[A-Za-z0-9_-]+$/.test(value)) throw invalid("it is not base64url");
  const bytes = Buffer.from(value, "base64url");
  if (bytes.toString("base64url") !== value) throw invalid("it is not canonical base64url");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("it is not UTF-8");
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("it is not JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw invalid("it is not a JSON object");
  return parsed as Record<string, unknown>;
}

function requireField<T extends string>(object: Record<string, unknown>, field: string, param: string, accept: (v: unknown) => v is T): T {
  const value = Object.hasOwn(object, field) ? object[field] : undefined;
  if (!accept(value)) {
    throw new AppError("parameter_invalid", `Invalid ${param}: ${field} is missing or invalid.`, { param });
  }
  return value;
}

function oneOf<T extends string>(values: readonly T[]) {
  return (v: unknown): v is T => typeof v === "string" && (values as readonly string[]).includes(v);
}

export function encodeCReq(creq: Omit<CReq, "messageType" | "messageVersion">): string {
  const message: CReq = {
    threeDSServerTransID: creq.threeDSServerTransID,
    acsTransID: creq.acsTransID,
    messageType: "CReq",
    messageVersion: THREE_DS_VERSION,
    challengeWindowSize: creq.challengeWindowSize,
  };
  return encode(message);
}

/** Throws `parameter_invalid` (param `creq`) for anything that is not a well-formed 2.2.0 CReq. Extra fields are ignored. */
export function decodeCReq(value: unknown): CReq {
  const object = decodeObject(value, "creq");
  return {
    threeDSServerTransID: requireField(object, "threeDSServerTransID", "creq", isUuid).toLowerCase(),
    acsTransID: requireField(object, "acsTransID", "creq", isUuid).toLowerCase(),
    messageType: requireField(object, "messageType", "creq", oneOf(["CReq"] as const)),
    messageVersion: requireField(object, "messageVersion", "creq", oneOf([THREE_DS_VERSION] as const)),
    challengeWindowSize: requireField(object, "challengeWindowSize", "creq", oneOf(challengeWindowSizes)),
  };
}

export function encodeCRes(cres: Omit<CRes, "messageType" | "messageVersion" | "challengeCompletionInd">): string {
  const message: CRes = {
    threeDSServerTransID: cres.threeDSServerTransID,
    acsTransID: cres.acsTransID,
    messageType: "CRes",
    messageVersion: THREE_DS_VERSION,
    transStatus: cres.transStatus,
    challengeCompletionInd: "Y",
  };
  if (cres.challengeCancel !== undefined) message.challengeCancel = cres.challengeCancel;
  return encode(message);
}

/**
 * Throws `parameter_invalid` (param `cres`) for anything malformed. The
 * browser carried it, so only its ids are worth anything: the outcome comes
 * from `readThreeDsOutcome`.
 */
export function decodeCRes(value: unknown): CRes {
  const object = decodeObject(value, "cres");
  const cres: CRes = {
    threeDSServerTransID: requireField(object, "threeDSServerTransID", "cres", isUuid).toLowerCase(),
    acsTransID: requireField(object, "acsTransID", "cres", isUuid).toLowerCase(),
    messageType: requireField(object, "messageType", "cres", oneOf(["CRes"] as const)),
    messageVersion: requireField(object, "messageVersion", "cres", oneOf([THREE_DS_VERSION] as const)),
    transStatus: requireField(object, "transStatus", "cres", oneOf(["Y", "N"] as const)),
    challengeCompletionInd: requireField(object, "challengeCompletionInd", "cres", oneOf(["Y"] as const)),
  };
  if (object.challengeCancel !== undefined) {
    cres.challengeCancel = requireField(object, "challengeCancel", "cres", (v: unknown): v is string => typeof v === "string" && /^\d{2}$/.test(v));
  }
  return cres;
}
