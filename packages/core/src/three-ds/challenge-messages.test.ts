import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { decodeCReq, decodeCRes, encodeCReq, encodeCRes } from "./challenge-messages";

const ids = { threeDSServerTransID: randomUUID(), acsTransID: randomUUID() };
const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value), "utf8").toString("base64url");

function expectInvalid(fn: () => unknown, param: string) {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe("parameter_invalid");
  expect((thrown as AppError).param).toBe(param);
}

describe("CReq", () => {
  it("round-trips, as unpadded base64url of the EMV JSON", () => {
    const creq = encodeCReq({ ...ids, challengeWindowSize: "03" });
    expect(creq).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(creq, "base64url").toString())).toEqual({ ...ids, messageType: "CReq", messageVersion: "2.2.0", challengeWindowSize: "03" });
    expect(decodeCReq(creq)).toEqual({ ...ids, messageType: "CReq", messageVersion: "2.2.0", challengeWindowSize: "03" });
  });

  it("ignores extension fields and lower-cases the ids", () => {
    const upper = { threeDSServerTransID: ids.threeDSServerTransID.toUpperCase(), acsTransID: ids.acsTransID.toUpperCase() };
    const decoded = decodeCReq(b64({ ...upper, messageType: "CReq", messageVersion: "2.2.0", challengeWindowSize: "05", messageExtension: [] }));
    expect(decoded).toEqual({ ...ids, messageType: "CReq", messageVersion: "2.2.0", challengeWindowSize: "05" });
  });

  const valid = { ...ids, messageType: "CReq", messageVersion: "2.2.0", challengeWindowSize: "01" };
  it.each([
    ["undefined", undefined],
    ["a number", 42],
    ["an empty string", ""],
    ["standard base64 characters", Buffer.from(JSON.stringify(valid)).toString("base64").replace(/=+$/, "") + "+/"],
    ["padding", `${b64(valid)}=`],
    ["spaces", ` ${b64(valid)}`],
    ["a non-canonical last character", b64("{}").slice(0, -1) + "x"],
    ["not JSON", b64("hello")],
    ["invalid UTF-8", Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString("base64url")],
    ["a JSON array", b64([valid])],
    ["JSON null", b64(null)],
    ["a JSON string", b64("\"CReq\"")],
    ["a missing threeDSServerTransID", b64({ ...valid, threeDSServerTransID: undefined })],
    ["a non-UUID acsTransID", b64({ ...valid, acsTransID: "1234" })],
    ["a UUID with SQL after it", b64({ ...valid, acsTransID: `${ids.acsTransID}' OR 1=1` })],
    ["the wrong messageType", b64({ ...valid, messageType: "CRes" })],
    ["another version", b64({ ...valid, messageVersion: "2.1.0" })],
    ["a bad window size", b64({ ...valid, challengeWindowSize: "06" })],
    ["a numeric window size", b64({ ...valid, challengeWindowSize: 1 })],
    ["a messageType hidden in __proto__", b64(JSON.stringify({ ...valid, messageType: undefined }).replace("{", '{"__proto__":{"messageType":"CReq"},'))],
    ["a megabyte", "A".repeat(1024 * 1024)],
  ])("refuses %s with parameter_invalid (param creq)", (_label, value) => {
    expectInvalid(() => decodeCReq(value), "creq");
  });
});

describe("CRes", () => {
  it("round-trips Y and N, with challengeCancel when canceled", () => {
    const y = encodeCRes({ ...ids, transStatus: "Y" });
    expect(decodeCRes(y)).toEqual({ ...ids, messageType: "CRes", messageVersion: "2.2.0", transStatus: "Y", challengeCompletionInd: "Y" });
    const n = encodeCRes({ ...ids, transStatus: "N", challengeCancel: "01" });
    expect(decodeCRes(n)).toEqual({ ...ids, messageType: "CRes", messageVersion: "2.2.0", transStatus: "N", challengeCompletionInd: "Y", challengeCancel: "01" });
  });

  const valid = { ...ids, messageType: "CRes", messageVersion: "2.2.0", transStatus: "Y", challengeCompletionInd: "Y" };
  it.each([
    ["a CReq", encodeCReq({ ...ids, challengeWindowSize: "01" })],
    ["transStatus C", b64({ ...valid, transStatus: "C" })],
    ["a missing completion indicator", b64({ ...valid, challengeCompletionInd: undefined })],
    ["a malformed challengeCancel", b64({ ...valid, challengeCancel: "cancel" })],
    ["garbage", "!!!"],
  ])("refuses %s with parameter_invalid (param cres)", (_label, value) => {
    expectInvalid(() => decodeCRes(value), "cres");
  });
});
