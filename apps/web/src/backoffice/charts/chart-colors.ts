/**
 * Chart colours, all at least 4.5:1 against the white card (WCAG AA for text,
 * and well above the 3:1 asked of graphics), so a bar's colour and its value
 * label read alike. Meaning never rests on colour alone: every bar is labelled.
 */
export const chartColors = {
  bar: "#3434c4",
  ok: "#0b6b3a",
  bad: "#a4161a",
  neutral: "#4a4a63",
  text: "#16162a",
  muted: "#4a4a63",
  grid: "#d6d6e2",
  axis: "#8a8aa3",
} as const;

export type ChartTone = "ok" | "bad" | "neutral";
