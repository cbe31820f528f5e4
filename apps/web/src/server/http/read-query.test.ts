import { isAppError } from "@jeton/core";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseBody } from "./parse-body";
import { readQuery } from "./read-query";
import { metadataFilter } from "./request-atoms";

const listQuery = z.strictObject({ limit: z.string().optional(), metadata: metadataFilter.optional() });
const parse = (query: string) => parseBody(listQuery, readQuery(new Request(`https://pay.example/api/v1/things${query}`)));
function refusal(query: string): { param: string | undefined; message: string } {
  try {
    parse(query);
  } catch (error) {
    if (isAppError(error) && error.code === "parameter_invalid") return { param: error.param, message: error.message };
    throw error;
  }
  throw new Error(`accepted: ${query}`);
}

describe("metadata[key]=value filters", () => {
  it("gather into one object beside the other parameters, decoded", () => {
    expect(parse("?limit=2&metadata[orderId]=1042&metadata[note]=a%20b%26c")).toEqual({ limit: "2", metadata: { orderId: "1042", note: "a b&c" } });
    expect(parse("?metadata%5Bteam%5D=ops")).toEqual({ metadata: { team: "ops" } });
    expect(parse("?limit=2")).toEqual({ limit: "2" });
  });

  it("take keys and values at the metadata limits", () => {
    const fifty = Array.from({ length: 50 }, (_, index) => `metadata[${"k".repeat(38)}${String(index).padStart(2, "0")}]=${"v".repeat(500)}`).join("&");
    expect(Object.keys(parse(`?${fifty}`).metadata!)).toHaveLength(50);
    expect(parse("?metadata[k]=")).toEqual({ metadata: { k: "" } });
  });

  it("refuse a filter that could never match, naming the parameter", () => {
    expect(refusal("?metadata[]=x").param).toBe("metadata[]");
    expect(refusal(`?metadata[${"k".repeat(41)}]=v`)).toMatchObject({ param: `metadata[${"k".repeat(41)}]`, message: expect.stringContaining("40 characters") });
    expect(refusal(`?metadata[k]=${"v".repeat(501)}`).param).toBe("metadata[k]");
    expect(refusal(`?${Array.from({ length: 51 }, (_, index) => `metadata[k${index}]=v`).join("&")}`)).toMatchObject({ param: "metadata", message: expect.stringContaining("50") });
    expect(refusal("?metadata=x").param).toBe("metadata");
  });

  it("leave unknown parameters to the strict schema", () => {
    expect(refusal("?meta[k]=v").message).toContain("Unknown parameter: meta[k]");
  });
});
