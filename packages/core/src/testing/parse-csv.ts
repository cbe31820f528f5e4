/**
 * Tests only: a minimal RFC 4180 reader, to check a CSV writer against the
 * format rather than against itself (or against a split on line breaks).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") record.push(cell), (cell = "");
    else if (char === "\r" && text[i + 1] === "\n") record.push(cell), records.push(record), (record = []), (cell = ""), i++;
    else cell += char;
  }
  if (cell || record.length) throw new Error("the CSV does not end with CRLF");
  return records;
}
