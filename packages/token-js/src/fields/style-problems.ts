import { styleProperties, type StyleProblem } from "./style";

/** The console message for a refused part of a style (token.js only: the frames stay small). */
export function describeStyleProblem({ where, kind, value }: StyleProblem): string {
  if (kind === "property") {
    return `style ${where} is not allowed. Allowed: ${styleProperties.join(", ")}, and "::placeholder" and ":focus" inside a variant.`;
  }
  if (kind === "value") return `style ${where}: ${JSON.stringify(value)} is not an accepted value.`;
  if (kind === "variant") return `style.${where} is not a style variant. Use base, invalid or complete.`;
  return `style ${where} must be an object, such as { base: { color: "#222" } }.`;
}
