import { readFileSync } from "node:fs";
import { errorCatalog, type ErrorCode } from "@jeton/core";

const errorsSource = new URL("../../packages/core/src/errors.ts", import.meta.url);

/** Each code's doc comment in errors.ts: the catalog's one-line meaning. */
function meanings(): Map<string, string> {
  const source = readFileSync(errorsSource, "utf8");
  return new Map([...source.matchAll(/\/\*\*\s*([\s\S]*?)\s*\*\/\s*\n\s*(\w+):\s*\{\s*status/g)].map((match) => [match[2]!, match[1]!.replace(/\s*\n\s*\*\s*/g, " ").trim()]));
}

/** docs/errors.md, generated from the closed error catalog (packages/core/src/errors.ts). */
export function renderErrorsDoc(): string {
  const meaning = meanings();
  const codes = Object.keys(errorCatalog) as ErrorCode[];
  const rows = codes.map((code) => `| \`${code}\` | ${errorCatalog[code].status} | \`${errorCatalog[code].type}\` | ${(meaning.get(code) ?? "").replaceAll("|", "\\|")} |`);
  return [
    "# Errors",
    "",
    "<!-- Generated from packages/core/src/errors.ts by scripts/docs/errors-doc.ts. Do not edit: change the catalog, then",
    "     UPDATE_DOCS=1 npx vitest run scripts/docs/errors-doc.test.ts -->",
    "",
    "Every error the API answers has this shape, with one code of the closed catalog below (each code has exactly",
    "one HTTP status and one type). Branch on `code`; `message` is for people and may change.",
    "",
    "```json",
    '{ "error": { "type": "invalid_request_error", "code": "parameter_invalid", "message": "amount must be an integer.", "param": "amount" } }',
    "```",
    "",
    "`param` names the field at fault (`card[number]` for nested ones, `metadata[key]` for a metadata entry); `declineCode` and",
    "`transactionId` come with `card_declined`. See [the API guide](api.md) for how each operation uses them.",
    "",
    `${codes.length} codes:`,
    "",
    "| code | status | type | meaning |",
    "|---|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}
