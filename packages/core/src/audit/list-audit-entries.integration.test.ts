import { type DatabaseHandle } from "@jeton/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { listAuditActions } from "./list-audit-actions";
import { listAuditEntries } from "./list-audit-entries";
import { recordAuditEntry } from "./record-audit-entry";

let handle: DatabaseHandle;
const clock = fixedClock(new Date("2030-03-01T09:00:00Z"));
let merchantId: string;
let otherMerchantId: string;

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId }, { merchantId: otherMerchantId }] = merchants;
  const entry = (action: string, outcome: "success" | "failure" | "denied", userId: string | null, merchant = merchantId) =>
    recordAuditEntry({ db: handle.db, clock }, { merchantId: merchant, userId, actorEmail: `${userId}@x.example`, action, outcome, ip: "203.0.113.9" });
  // Three share an instant: paging must still neither skip nor repeat them.
  await entry("login.password", "success", "usr_a");
  await entry("login.second_factor", "failure", "usr_a");
  await entry("login_other", "success", "usr_a");
  clock.advance(60_000);
  await entry("transaction.refund", "denied", "usr_b");
  clock.advance(24 * 3600_000);
  await entry("transaction.refund", "success", "usr_a");
  await entry("staff.create", "success", "usr_a", otherMerchantId);
});
afterAll(async () => {
  await handle?.close();
});

describe("listAuditEntries", () => {
  it("lists one merchant's entries newest first, and pages through them all exactly once", async () => {
    const seen: string[] = [];
    let startingAfter: string | undefined;
    for (;;) {
      const page = await listAuditEntries({ db: handle.db }, { merchantId, limit: 2, startingAfter });
      seen.push(...page.data.map((e) => e.action));
      if (!page.hasMore) break;
      startingAfter = page.data.at(-1)!.id;
    }
    expect(seen).toHaveLength(5);
    expect(seen.slice(0, 2)).toEqual(["transaction.refund", "transaction.refund"]);
    expect(new Set(seen)).toEqual(new Set(["login.password", "login.second_factor", "login_other", "transaction.refund"]));
    const first = (await listAuditEntries({ db: handle.db }, { merchantId, limit: 1 })).data[0]!;
    expect(first).toMatchObject({ actorEmail: "usr_a@x.example", outcome: "success", ip: "203.0.113.9", createdAt: clock.now() });
  });

  it("filters by action family (not by LIKE wildcards), user, outcome and date range", async () => {
    const actions = async (input: Partial<Parameters<typeof listAuditEntries>[1]>) =>
      (await listAuditEntries({ db: handle.db }, { merchantId, ...input })).data.map((e) => `${e.action}:${e.outcome}`);
    expect((await actions({ action: "login" })).sort()).toEqual(["login.password:success", "login.second_factor:failure"]);
    expect(await actions({ action: "login.password" })).toEqual(["login.password:success"]);
    expect(await actions({ action: "login%" })).toEqual([]);
    expect(await actions({ userId: "usr_b" })).toEqual(["transaction.refund:denied"]);
    expect(await actions({ outcome: "denied" })).toEqual(["transaction.refund:denied"]);
    const day = new Date("2030-03-01T00:00:00Z");
    expect(await actions({ createdFrom: day, createdTo: new Date(day.getTime() + 24 * 3600_000), action: "transaction.refund" })).toEqual(["transaction.refund:denied"]);
    expect(await actions({ createdFrom: new Date("2030-03-02T00:00:00Z") })).toEqual(["transaction.refund:success"]);
  });

  it("refuses a bad range or outcome, and another merchant's entry as a cursor", async () => {
    await expect(listAuditEntries({ db: handle.db }, { merchantId, createdFrom: new Date("2030-03-02"), createdTo: new Date("2030-03-01") })).rejects.toMatchObject({ param: "createdTo" });
    await expect(listAuditEntries({ db: handle.db }, { merchantId, outcome: "maybe" as never })).rejects.toMatchObject({ param: "outcome" });
    const other = (await listAuditEntries({ db: handle.db }, { merchantId: otherMerchantId })).data[0]!;
    await expect(listAuditEntries({ db: handle.db }, { merchantId, startingAfter: other.id })).rejects.toMatchObject({ code: "resource_not_found" });
    await expect(listAuditEntries({ db: handle.db }, { merchantId, startingAfter: "aud_nope" })).rejects.toMatchObject({ code: "resource_not_found" });
  });

  it("lists the actions that occur, for the filter", async () => {
    // Sorted by the database's collation, which may place `.` and `_` either way.
    expect((await listAuditActions({ db: handle.db }, { merchantId })).sort()).toEqual(["login.password", "login.second_factor", "login_other", "transaction.refund"].sort());
  });
});
