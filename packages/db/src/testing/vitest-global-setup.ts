import { tmpdir } from "node:os";
import path from "node:path";
import { prepareTestDatabaseTemplate } from "./create-test-database";

/**
 * Vitest global setup of the integration tests: migrate once per run, and let
 * every test file start from a copy (see createTestDatabase).
 */
export default async function setup(): Promise<() => Promise<void>> {
  return prepareTestDatabaseTemplate(path.join(tmpdir(), `jeton-test-template-${process.pid}.tar`));
}
