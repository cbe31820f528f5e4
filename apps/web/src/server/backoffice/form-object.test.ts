import { isAppError } from "@jeton/core";
import { describe, expect, it } from "vitest";
import { formObject } from "./form-object";

const form = (pairs: [string, string][]) => formObject(new URLSearchParams(pairs));

describe("formObject", () => {
  it("drops the wrapper's csrf and back, and keeps each other field once", () => {
    expect(form([["csrf", "t"], ["back", "/dashboard"], ["amount", "1"], ["reason", "a"], ["reason", "b"]])).toEqual({ amount: "1", reason: "b" });
  });

  it("pairs the metadata editor's rows in order, trims keys, drops empty rows", () => {
    const fields = form([
      ["metadataKey", " orderId "],
      ["metadataValue", "1042"],
      ["metadataKey", ""],
      ["metadataValue", ""],
      ["metadataKey", "note"],
      ["metadataValue", ""],
    ]);
    expect(fields).toEqual({ metadata: { orderId: "1042", note: "" } });
    expect(form([["metadataKey", ""], ["metadataValue", ""]])).toEqual({});
  });

  it("keeps a value without a key as the empty key, for the schema to refuse by name", () => {
    expect(form([["metadataKey", ""], ["metadataValue", "orphan"]])).toEqual({ metadata: { "": "orphan" } });
  });

  it("refuses a key given twice, naming it", () => {
    try {
      form([["metadataKey", "a"], ["metadataValue", "1"], ["metadataKey", "a"], ["metadataValue", "2"]]);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && { code: error.code, param: error.param }).toEqual({ code: "parameter_invalid", param: "metadata[a]" });
    }
  });
});
