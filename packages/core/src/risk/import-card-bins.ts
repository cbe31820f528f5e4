import { type Database, schema } from "@jeton/db";
import { sql } from "drizzle-orm";

const FUNDING = new Set(["credit", "debit", "prepaid"]);
/** Column names accepted for each field (the header is matched case-insensitively). */
const COLUMNS = {
  prefix: ["prefix", "bin", "iin", "bin_prefix"],
  country: ["country", "country_code", "alpha_2", "country_alpha2", "issuer_country"],
  brand: ["brand", "scheme", "network"],
  funding: ["funding", "type", "card_type"],
  issuer: ["issuer", "bank", "bank_name", "issuer_name"],
} as const;

/** One CSV line's fields (RFC 4180 quotes). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") fields.push(field), (field = "");
    else field += char;
  }
  fields.push(field);
  return fields.map((value) => value.trim());
}

export interface ImportCardBinsResult {
  imported: number;
  /** Lines refused, with why (at most 20 listed). */
  rejected: { line: number; reason: string }[];
  rejectedCount: number;
}

/**
 * Loads a BIN file (CSV with a header: prefix/bin, country, brand/scheme,
 * funding/type, issuer/bank; 6 to 11 digit prefixes) into card_bins, one
 * upsert per thousand rows. Bad lines are skipped and reported; the
 * longest matching prefix wins at lookup, so a real file's 8-digit ranges
 * refine the simulated 6-digit ones.
 */
export async function importCardBins({ db }: { db: Database }, csv: string): Promise<ImportCardBinsResult> {
  const lines = csv.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? "").map((name) => name.toLowerCase());
  const index = Object.fromEntries(
    Object.entries(COLUMNS).map(([field, names]) => [field, header.findIndex((name) => (names as readonly string[]).includes(name))]),
  ) as Record<keyof typeof COLUMNS, number>;
  if (index.prefix < 0) throw new Error(`The header names no BIN column (${COLUMNS.prefix.join(", ")}): ${lines[0]?.slice(0, 200)}`);
  const result: ImportCardBinsResult = { imported: 0, rejected: [], rejectedCount: 0 };
  const reject = (line: number, reason: string) => {
    result.rejectedCount++;
    if (result.rejected.length < 20) result.rejected.push({ line, reason });
  };
  const rows: (typeof schema.cardBins.$inferInsert)[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === "") return;
    const fields = splitCsvLine(line);
    const at = (field: keyof typeof COLUMNS) => (index[field] >= 0 ? (fields[index[field]] ?? "") : "");
    const prefix = at("prefix").replace(/\s/g, "");
    if (!/^\d{6,11}$/.test(prefix)) return reject(i + 2, `BIN "${prefix.slice(0, 20)}" is not 6 to 11 digits`);
    const country = at("country").toUpperCase();
    if (country && !/^[A-Z]{2}$/.test(country)) return reject(i + 2, `country "${country.slice(0, 20)}" is not a 2-letter code`);
    const funding = at("funding").toLowerCase();
    rows.push({
      prefix,
      country: country || null,
      brand: at("brand").toLowerCase().slice(0, 40) || null,
      funding: FUNDING.has(funding) ? (funding as "credit" | "debit" | "prepaid") : null,
      issuer: at("issuer").slice(0, 200) || null,
      source: "import",
    });
  });
  for (let start = 0; start < rows.length; start += 1000) {
    const batch = rows.slice(start, start + 1000);
    await db
      .insert(schema.cardBins)
      .values(batch)
      .onConflictDoUpdate({
        target: schema.cardBins.prefix,
        set: { country: sql`excluded.country`, brand: sql`excluded.brand`, funding: sql`excluded.funding`, issuer: sql`excluded.issuer`, source: sql`excluded.source` },
      });
    result.imported += batch.length;
  }
  return result;
}
