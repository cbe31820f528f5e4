import QRCode from "qrcode";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { QrCode } from "../qr-code";
import { BarChart } from "./bar-chart";
import { HorizontalBarChart } from "./horizontal-bar-chart";

const count = (html: string, needle: string) => html.split(needle).length - 1;
const heights = (html: string) => [...html.matchAll(/<rect [^>]*height="([\d.]+)"[^>]*fill="#3434c4"/g)].map((match) => Number(match[1]));

describe("BarChart", () => {
  const html = renderToStaticMarkup(
    createElement(BarChart, {
      id: "daily-EUR",
      title: "Daily volume in EUR",
      summary: "€30.00 over 3 days.",
      format: (value: number) => `${value / 100} EUR`,
      bars: [
        { label: "2026-11-18", tick: "18 Nov", value: 1000, display: "€10.00 (1 payment)" },
        { label: "2026-11-19", value: 0, display: "€0.00 (0 payments)" },
        { label: "2026-11-20", tick: "20 Nov", value: 2000, display: "€20.00 (2 payments)" },
      ],
      empty: "Nothing.",
      headers: ["Day (UTC)", "Volume"],
    }),
  );

  it("is an image named by its title and summary", () => {
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-labelledby="daily-EUR-title daily-EUR-desc"');
    expect(html).toContain('<title id="daily-EUR-title">Daily volume in EUR</title>');
    expect(html).toContain('<desc id="daily-EUR-desc">€30.00 over 3 days.</desc>');
  });

  it("draws a bar per non-zero day, scaled to the largest, with the top value on the axis", () => {
    expect(heights(html)).toEqual([87, 174]);
    expect(html).toContain(">20 EUR</text>");
    expect(html).toContain("<title>2026-11-20: €20.00 (2 payments)</title>");
    expect(count(html, "<text")).toBe(3);
  });

  it("carries every value in a data table, zeros included", () => {
    expect(html).toContain("<details");
    expect(count(html, '<th scope="row">')).toBe(3);
    expect(html).toContain("<td class=\"num\">€0.00 (0 payments)</td>");
  });

  it("says so instead of drawing an empty chart", () => {
    const empty = renderToStaticMarkup(
      createElement(BarChart, {
        id: "x",
        title: "t",
        summary: "s",
        format: String,
        bars: [{ label: "2026-11-20", value: 0, display: "0" }],
        empty: "No accepted payments in the last 30 days.",
        headers: ["a", "b"],
      }),
    );
    expect(empty).not.toContain("<svg");
    expect(empty).toContain("No accepted payments in the last 30 days.");
  });
});

describe("HorizontalBarChart", () => {
  it("labels every bar with its category and value, and clamps rates to the full width", () => {
    const html = renderToStaticMarkup(
      createElement(HorizontalBarChart, {
        id: "acceptance",
        title: "Acceptance rate",
        summary: "Today 60%.",
        max: 1,
        bars: [
          { label: "Today", value: 0.6, display: "60.0% (3 of 5)", tone: "ok" },
          { label: "Last 30 days", value: 1.2, display: "odd", tone: "bad" },
          { label: "Never", value: 0, display: "none" },
        ],
        empty: "Nothing.",
        headers: ["Period", "Rate"],
      }),
    );
    expect(html).toContain('aria-labelledby="acceptance-title acceptance-desc"');
    expect(html).toContain(">Today</text>");
    expect(html).toContain(">60.0% (3 of 5)</text>");
    // The track is 230 wide: 60% is 138, anything above the maximum stops at 230; zero draws no bar.
    expect(html).toMatch(/width="138" height="18" fill="#0b6b3a"/);
    expect(html).toMatch(/width="230" height="18" fill="#a4161a"/);
    // A tooltip per drawn bar (the chart's own title has an id).
    expect(count(html, "<title>")).toBe(2);
  });

  it("shows the empty text without categories or values", () => {
    const html = renderToStaticMarkup(
      createElement(HorizontalBarChart, { id: "d", title: "t", summary: "s", bars: [], empty: "No refused payments in the last 30 days.", headers: ["a", "b"] }),
    );
    expect(html).toBe('<p class="bo-hint bo-chart-empty">No refused payments in the last 30 days.</p>');
  });
});

describe("QrCode", () => {
  it("draws exactly the modules of the URL's QR code, inside a quiet zone, named by the URL", () => {
    const url = "http://localhost:3000/pay/pr_abcdefghijklmnop";
    const html = renderToStaticMarkup(createElement(QrCode, { value: url, label: `QR code of the payment link ${url}` }));
    const { modules } = QRCode.create(url, { errorCorrectionLevel: "M" });
    const dark = [...modules.data].filter(Boolean).length;
    expect(count(html, "h1v1h-1z")).toBe(dark);
    expect(html).toContain(`viewBox="0 0 ${modules.size + 8} ${modules.size + 8}"`);
    expect(html).toContain(`aria-label="QR code of the payment link ${url}"`);
    expect(html).toContain('role="img"');
    // The finder pattern's top-left module sits just inside the quiet zone.
    expect(html).toContain('d="M4 4h1v1h-1z');
  });
});
