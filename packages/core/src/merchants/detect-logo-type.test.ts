import { describe, expect, it } from "vitest";
import { detectLogoType } from "./detect-logo-type";

const bytes = (...values: (number | string)[]) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === "string" ? [...Buffer.from(v, "latin1")] : [v])));

describe("detectLogoType", () => {
  it("recognises PNG, JPEG and WebP by their first bytes", () => {
    expect(detectLogoType(bytes(0x89, "PNG\r\n\x1a\n", 0, 0, 0, 13))).toBe("image/png");
    expect(detectLogoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, "JFIF"))).toBe("image/jpeg");
    expect(detectLogoType(bytes("RIFF", 0x24, 0, 0, 0, "WEBPVP8 "))).toBe("image/webp");
  });

  it("refuses SVG, HTML, GIF, truncated signatures and other RIFF files", () => {
    expect(detectLogoType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(detectLogoType(bytes("<!doctype html><script>alert(1)</script>"))).toBeNull();
    expect(detectLogoType(bytes("GIF89a"))).toBeNull();
    expect(detectLogoType(bytes(0x89, "PNG"))).toBeNull();
    expect(detectLogoType(bytes("RIFF", 0x24, 0, 0, 0, "WAVEfmt "))).toBeNull();
    expect(detectLogoType(new Uint8Array())).toBeNull();
  });
});
