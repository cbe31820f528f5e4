import { describe, expect, it } from "vitest";
import { declineReasons } from "../acquirer/acquirer";
import { shopperFacingRefusal } from "./shopper-decline";

describe("shopperFacingRefusal", () => {
  it.each(["lost_card", "stolen_card", "fraudulent"])("hides %s behind the generic card_declined / 05", (code) => {
    expect(shopperFacingRefusal({ status: "declined", declineCode: code, responseCode: declineReasons[code as "lost_card"].responseCode })).toEqual({
      status: "declined",
      declineCode: "card_declined",
      responseCode: "05",
    });
  });

  it("reads a card blocked by a risk rule as the same generic decline", () => {
    expect(shopperFacingRefusal({ status: "blocked", declineCode: null, responseCode: null })).toEqual({ status: "declined", declineCode: "card_declined", responseCode: "05" });
  });

  it("passes reasons that help an honest shopper, and non-refusals, as they are", () => {
    expect(shopperFacingRefusal({ status: "declined", declineCode: "insufficient_funds", responseCode: "51" })).toEqual({ status: "declined", declineCode: "insufficient_funds", responseCode: "51" });
    expect(shopperFacingRefusal({ status: "authentication_failed", declineCode: null })).toEqual({ status: "authentication_failed", declineCode: null, responseCode: null });
    expect(shopperFacingRefusal({ status: "captured", declineCode: null, responseCode: "00" })).toEqual({ status: "captured", declineCode: null, responseCode: "00" });
  });
});
