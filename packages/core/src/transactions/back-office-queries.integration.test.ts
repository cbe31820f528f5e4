import { randomBytes } from "node:crypto";
import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { createSimulatedAcquirer } from "../acquirer/create-simulated-acquirer";
import { fixedClock } from "../clock/clock";
import { addMerchantUrls } from "../merchants/add-merchant-urls";
import { payWithTestCard } from "../testing/pay-with-test-card";
import { createVault } from "../vault/create-vault";
import { createWebhookEndpoint } from "../webhooks/create-webhook-endpoint";
import { deliverDueWebhooks } from "../webhooks/deliver-due-webhooks";
import { listTransactionWebhookDeliveries } from "./list-transaction-webhook-deliveries";
import { listTransactions } from "./list-transactions";
import { refundTransaction } from "./refund-transaction";
import { settleTransactions } from "./settle-transactions";
import { testWebhookNetwork } from "../testing/table-resolver";

// What the back-office's payment pages need from core beyond the API's own
// operations: on-demand settlement of test data, previous-page cursors, and a
// transaction's webhook deliveries.

let handle: DatabaseHandle;
let shopA: string;
let shopB: string;
const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });
const acquirer = createSimulatedAcquirer();
const deps = () => ({ db: handle.db, vault, clock, acquirers: { test: acquirer, live: acquirer }, webhookNetwork: testWebhookNetwork() });

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId: shopA }, { merchantId: shopB }] = merchants;
  await addMerchantUrls({ db: handle.db }, shopA, { mode: "live", returnUrls: ["https://shop-a.example/"] });
});
afterAll(async () => {
  await handle?.close();
});

const pay = (merchantId: string, mode: "test" | "live" = "test", amount = 1000) =>
  payWithTestCard(deps(), { merchantId, mode, returnUrl: merchantId === shopA ? "https://shop-a.example/r" : "https://shop-b.example/r", captureMode: "automatic", amount });
async function statusOf(id: string) {
  const [row] = await handle.db.select().from(schema.transactions).where(eq(schema.transactions.id, id));
  return row!.status;
}

describe("settleTransactions scoped to a merchant's test data", () => {
  it("settles only that merchant's test captures, in a settlement of its own, and leaves the platform's cut-off to the platform", async () => {
    const mine = await pay(shopA);
    const myLive = await pay(shopA, "live");
    const theirs = await pay(shopB);
    clock.advance(1000);

    const run = await settleTransactions(deps(), { scope: { merchantId: shopA, mode: "test" } });
    expect(run).toMatchObject({ settled: 1, alreadyRun: false, settlement: { transactionCount: 1 } });
    expect(run.settlement.scope).toEqual({ merchantId: shopA, mode: "test" });
    expect(await statusOf(mine.id)).toBe("settled");
    expect(await statusOf(myLive.id)).toBe("captured");
    expect(await statusOf(theirs.id)).toBe("captured");

    // Once more: a new, empty batch; nothing is settled twice.
    const again = await settleTransactions(deps(), { scope: { merchantId: shopA, mode: "test" } });
    expect(again).toMatchObject({ settled: 0, alreadyRun: false });
    expect(again.settlement.id).not.toBe(run.settlement.id);

    // The platform-wide run for the same instant does not take the scoped batch for its own.
    const platform = await settleTransactions(deps(), { cutoffAt: new Date(clock.now().getTime() - 500) });
    expect(platform.settled).toBe(2);
    expect(platform.settlement.id).not.toBe(run.settlement.id);
    expect(platform.settlement.scope).toBeNull();
    expect(await statusOf(myLive.id)).toBe("settled");

    // A live scope is refused, whatever the caller's types said.
    await expect(settleTransactions(deps(), { scope: { merchantId: shopA, mode: "live" as "test" } })).rejects.toMatchObject({ code: "parameter_invalid" });
  });
});

describe("listTransactions with endingBefore", () => {
  it("gives the page before a cursor, newest first, and says whether newer ones remain", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      clock.advance(1000);
      ids.unshift((await pay(shopB, "test", 100 + i)).id);
    }
    const all = (await listTransactions(deps(), { merchantId: shopB, mode: "test", limit: 100, amountMin: 100, amountMax: 106 })).data.map((t) => t.id);
    expect(all).toEqual(ids);
    const filter = { merchantId: shopB, mode: "test" as const, amountMin: 100, amountMax: 106, limit: 3 };
    const page2 = await listTransactions(deps(), { ...filter, startingAfter: ids[2] });
    expect(page2.data.map((t) => t.id)).toEqual(ids.slice(3, 6));
    // Back from page 2 to page 1.
    const back = await listTransactions(deps(), { ...filter, endingBefore: page2.data[0]!.id });
    expect(back).toMatchObject({ hasMore: false });
    expect(back.data.map((t) => t.id)).toEqual(ids.slice(0, 3));
    const fromLast = await listTransactions(deps(), { ...filter, endingBefore: ids[6] });
    expect(fromLast).toMatchObject({ hasMore: true });
    expect(fromLast.data.map((t) => t.id)).toEqual(ids.slice(3, 6));
    await expect(listTransactions(deps(), { ...filter, endingBefore: ids[0], startingAfter: ids[1] })).rejects.toMatchObject({ code: "parameter_invalid" });
    await expect(listTransactions(deps(), { ...filter, merchantId: shopA, endingBefore: ids[0] })).rejects.toMatchObject({
      code: "resource_not_found",
      param: "endingBefore",
    });
  });
});

describe("listTransactionWebhookDeliveries", () => {
  it("lists the deliveries of the transaction's and its refunds' events, with their attempts, for its merchant only", async () => {
    const endpoint = await createWebhookEndpoint(deps(), { merchantId: shopA, mode: "test", url: "https://shop-a.example/hooks" });
    // Deliveries already due from earlier tests would be sent too: they go to the same fake server.
    await handle.db.update(schema.webhookDeliveries).set({ status: "succeeded", nextAttemptAt: null });
    const tx = await pay(shopA, "test", 4200);
    clock.advance(1000);
    await settleTransactions(deps(), { scope: { merchantId: shopA, mode: "test" } });
    const { refund } = await refundTransaction(deps(), { merchantId: shopA, mode: "test", transactionId: tx.id, amount: 200 });
    const statuses = [500, 200, 200, 200, 200, 200, 200];
    const sent = await deliverDueWebhooks({ ...deps(), fetch: async () => new Response("ok", { status: statuses.shift() ?? 200 }) });
    expect(sent).toBeDefined();

    const { data } = await listTransactionWebhookDeliveries(deps(), { merchantId: shopA, mode: "test", transactionId: tx.id });
    expect(data.map((d) => d.eventType)).toEqual(["transaction.authorized", "transaction.captured", "transaction.settled", "refund.created", "transaction.partially_refunded"]);
    expect(data.every((d) => d.endpointId === endpoint.id && d.url === "https://shop-a.example/hooks")).toBe(true);
    expect(data.every((d) => d.attempts === d.attemptLog.length && d.attempts >= 1)).toBe(true);
    expect(data.some((d) => d.status === "pending" && d.lastStatusCode === 500)).toBe(true);
    const refundEvent = data.find((d) => d.eventType === "refund.created");
    const [event] = await handle.db.select().from(schema.events).where(eq(schema.events.id, refundEvent!.eventId));
    expect(event!.objectId).toBe(refund.id);

    for (const other of [
      { merchantId: shopB, mode: "test" as const, transactionId: tx.id },
      { merchantId: shopA, mode: "live" as const, transactionId: tx.id },
      { merchantId: shopA, mode: "test" as const, transactionId: "evt_notatransaction00000" },
    ]) {
      await expect(listTransactionWebhookDeliveries(deps(), other)).rejects.toMatchObject({ code: "resource_not_found" });
    }
    // Without endpoints, a transaction simply has no deliveries.
    const quiet = await pay(shopB);
    expect(await listTransactionWebhookDeliveries(deps(), { merchantId: shopB, mode: "test", transactionId: quiet.id })).toEqual({ data: [] });
  });
});
