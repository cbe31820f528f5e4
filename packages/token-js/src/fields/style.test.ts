import { describe, expect, it } from "vitest";
import { checkFont, cssName, mergeStyles, resolveStyle, sanitizeStyle } from "./style";
import { describeStyleProblem } from "./style-problems";

describe("Fields style allowlist", () => {
  it("keeps allowlisted properties with well-formed values, per variant and pseudo-class", () => {
    const { style, problems } = sanitizeStyle({
      base: {
        color: "#1a2b3c",
        fontFamily: "'Brand Sans', Georgia, serif",
        fontSize: "18px",
        fontWeight: 600,
        letterSpacing: "0.05em",
        lineHeight: "1.5",
        padding: "8px 12px",
        textAlign: "center",
        "::placeholder": { color: "rgba(0, 0, 0, 0.4)" },
        ":focus": { color: "navy" },
      },
      invalid: { color: "hsl(0, 80%, 40%)" },
      complete: { color: "green" },
    });
    expect(problems).toEqual([]);
    expect(style.base).toMatchObject({ fontWeight: "600", padding: "8px 12px", "::placeholder": { color: "rgba(0, 0, 0, 0.4)" } });
    expect(style.invalid).toEqual({ color: "hsl(0, 80%, 40%)" });
  });

  it("refuses other properties, CSS injection, unknown variants and wrong types, naming each", () => {
    const { style, problems } = sanitizeStyle({
      base: {
        background: "url(https://evil.example/x)",
        color: "red; background: url(https://evil.example/)",
        fontFamily: 'Arial"}body{display:none',
        fontSize: "expression(alert(1))",
        padding: "calc(1px + 1px)",
        ":hover": { color: "red" },
        "::placeholder": "grey",
      },
      hover: { color: "red" },
      complete: "green",
    });
    expect(style.base).toEqual({});
    expect(style).not.toHaveProperty("hover");
    expect(style).not.toHaveProperty("complete");
    const errors = problems.map(describeStyleProblem);
    expect(errors).toHaveLength(9);
    expect(errors[0]).toMatch(/base\.background is not allowed\. Allowed: color, fontFamily/);
    expect(errors.join("\n")).toMatch(/base\.color: .* is not an accepted value/);
    expect(errors.join("\n")).toMatch(/style\.hover is not a style variant/);
    expect(sanitizeStyle("color: red").problems).toHaveLength(1);
    expect(sanitizeStyle(undefined)).toEqual({ style: {}, problems: [] });
    // A prototype key is just another unknown property.
    expect(sanitizeStyle(JSON.parse('{"base":{"__proto__":{"color":"red"}}}')).style.base).toEqual({});
  });

  it("lets a field override the group style and resolves the cascade for each state", () => {
    const style = mergeStyles(
      { base: { color: "black", fontSize: "16px", ":focus": { color: "blue" } }, invalid: { color: "red" } },
      { base: { fontSize: "20px", "::placeholder": { color: "grey" } } },
    );
    expect(resolveStyle(style, { invalid: false, complete: false, focused: false })).toEqual({
      input: { color: "black", fontSize: "20px" },
      placeholder: { color: "grey" },
    });
    expect(resolveStyle(style, { invalid: false, complete: false, focused: true }).input.color).toBe("blue");
    expect(resolveStyle(style, { invalid: true, complete: false, focused: true }).input.color).toBe("red");
    expect(cssName("letterSpacing")).toBe("letter-spacing");
  });

  it("takes web fonts only from a registered origin", () => {
    const origins = ["https://shop.example"];
    expect(checkFont({ family: "Brand Sans", src: "https://shop.example/f/brand.woff2" }, origins)).toEqual({
      font: { family: "Brand Sans", src: "https://shop.example/f/brand.woff2" },
    });
    expect(checkFont({ family: "Brand", src: "https://fonts.evil.example/x.woff2" }, origins).error).toMatch(/not from an origin registered for this key/);
    expect(checkFont({ family: "Brand", src: 'https://shop.example/a")}body{x' }, origins).font?.src).toBe("https://shop.example/a%22)%7Dbody%7Bx");
    expect(checkFont({ family: "x}y", src: "https://shop.example/a" }, origins).error).toMatch(/family name/);
    expect(checkFont("Arial", origins).error).toBeDefined();
  });
});
