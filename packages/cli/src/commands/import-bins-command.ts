import { readFile } from "node:fs/promises";
import { importCardBins } from "@jeton/core";
import { withPlatform } from "../open-platform";

/**
 * `jeton bins import FILE.csv`: loads a BIN range file into the BIN table the
 * risk rules read (card country, brand, funding). Prints how many rows were
 * loaded and the lines refused (docs/risk.md, BIN data).
 */
export async function importBinsCommand({ file }: { file: string }): Promise<void> {
  const csv = await readFile(file, "utf8");
  const result = await withPlatform((platform) => importCardBins(platform, csv));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
