import { describe, expect, it } from "vitest";
import { brandingContrastProblems, contrastRatio } from "./branding-contrast";

describe("contrastRatio", () => {
  it("follows WCAG: 21 for black on white, 1 for a colour on itself, symmetric", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#3b3bd6", "#3b3bd6")).toBe(1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#ffffff", "#767676")).toBe(contrastRatio("#767676", "#ffffff"));
  });

  it("refuses anything but #rrggbb", () => {
    expect(() => contrastRatio("red", "#ffffff")).toThrow(RangeError);
    expect(() => contrastRatio("#fff", "#ffffff")).toThrow(RangeError);
  });
});

describe("brandingContrastProblems", () => {
  it("accepts the platform defaults and a dark button on a light page", () => {
    expect(brandingContrastProblems({ primaryColor: "#3b3bd6", backgroundColor: "#ffffff" })).toEqual([]);
    expect(brandingContrastProblems({ primaryColor: "#0b5e2f", backgroundColor: "#fdfaf3" })).toEqual([]);
  });

  it("flags a primary colour too light for the white button label, with the ratio", () => {
    const [problem, ...rest] = brandingContrastProblems({ primaryColor: "#ffd700", backgroundColor: "#ffffff" });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ param: "primaryColor" });
    expect(problem!.ratio).toBeLessThan(4.5);
    expect(problem!.message).toMatch(/#ffd700.*4\.5:1/);
  });

  it("flags a background too dark for the page text, and the ratio is never rounded up to a pass", () => {
    const [problem] = brandingContrastProblems({ primaryColor: "#3b3bd6", backgroundColor: "#222233" });
    expect(problem).toMatchObject({ param: "backgroundColor" });
    // #767676 on white is 4.54:1; a grey a shade lighter falls just under 4.5 and must still be refused.
    const justUnder = brandingContrastProblems({ primaryColor: "#777777", backgroundColor: "#ffffff" });
    expect(contrastRatio("#ffffff", "#777777")).toBeLessThan(4.5);
    expect(justUnder[0]).toMatchObject({ param: "primaryColor" });
    expect(justUnder[0]!.ratio).toBeLessThan(4.5);
  });

  it("reports both fields when both fail", () => {
    expect(brandingContrastProblems({ primaryColor: "#eeeeee", backgroundColor: "#000000" }).map((p) => p.param)).toEqual(["primaryColor", "backgroundColor"]);
  });
});
