import { type Database, schema } from "@jeton/db";
import { findScoped, type MerchantScope } from "../scope";
import { toTestClockView, type TestClockView } from "./recurring-views";

export async function getTestClock({ db }: { db: Database }, { scope, testClockId }: { scope: MerchantScope; testClockId: string }): Promise<TestClockView> {
  return toTestClockView(await findScoped(db, schema.testClocks, scope, testClockId, { what: "test clock", prefix: "clk" }));
}
