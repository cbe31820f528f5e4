/**
 * Colour contrast of the payment page's branding (WCAG 2.x). Pure, with no
 * database: the back-office preview runs it in the browser as the merchant
 * types, and updateBranding runs it again before saving.
 */

export const HEX_COLOR = /^#[0-9a-f]{6}$/;

/** WCAG AA for normal-size text. */
export const MIN_TEXT_CONTRAST = 4.5;

/**
 * The fixed text colours the payment page draws on the merchant's colours
 * (apps/web/src/app/(checkout)/checkout.css: --text, --muted, --error, --ok,
 * and the buttons' white label). A test keeps the two in step.
 */
export const PAYMENT_PAGE_TEXT_COLORS = {
  text: "#1d1d2b",
  muted: "#585870",
  error: "#b00020",
  ok: "#0b6e3d",
} as const;
export const PAYMENT_PAGE_BUTTON_TEXT = "#ffffff";

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  if (!HEX_COLOR.test(hex.toLowerCase())) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [1, 3, 5].map((i) => channel(Number.parseInt(hex.slice(i, i + 2), 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

export interface ContrastProblem {
  /** The field to change. */
  param: "primaryColor" | "backgroundColor";
  /** The lowest ratio found for that field, rounded down to 2 decimals (so 4.499 never reads as 4.5). */
  ratio: number;
  message: string;
}

const floor2 = (value: number) => Math.floor(value * 100) / 100;

/**
 * What would be hard to read on the payment page with these colours: the
 * white label of the pay button on the primary colour, and the page's text
 * (body, secondary, error and success colours) on the background colour.
 * Empty when both pass WCAG AA (4.5:1).
 */
export function brandingContrastProblems({ primaryColor, backgroundColor }: { primaryColor: string; backgroundColor: string }): ContrastProblem[] {
  const problems: ContrastProblem[] = [];
  const button = contrastRatio(PAYMENT_PAGE_BUTTON_TEXT, primaryColor);
  if (button < MIN_TEXT_CONTRAST) {
    problems.push({
      param: "primaryColor",
      ratio: floor2(button),
      message: `The pay button's white text on the primary colour ${primaryColor} has a contrast of ${floor2(button)}:1, below the 4.5:1 that WCAG AA requires. Choose a darker primary colour.`,
    });
  }
  const text = Math.min(...Object.values(PAYMENT_PAGE_TEXT_COLORS).map((color) => contrastRatio(color, backgroundColor)));
  if (text < MIN_TEXT_CONTRAST) {
    problems.push({
      param: "backgroundColor",
      ratio: floor2(text),
      message: `The page's text on the background colour ${backgroundColor} has a contrast of ${floor2(text)}:1, below the 4.5:1 that WCAG AA requires. Choose a lighter background colour.`,
    });
  }
  return problems;
}
