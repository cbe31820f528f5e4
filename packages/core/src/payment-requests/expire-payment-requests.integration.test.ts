import { schema, type DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createMerchant } from "../merchants/create-merchant";
import { attemptCardPayment } from "../testing/attempt-card-payment";
import { createVault } from "../vault/create-vault";
import { createPaymentRequest } from "./create-payment-request";
import { expirePaymentRequests } from "./expire-payment-requests";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const { publicUrl } = testUrls;
let handle: DatabaseHandle;
let merchantId: string;
const clock = fixedClock(new Date("2026-11-26T10:00:00Z"));
const vault = createVault({ keks: { k: randomBytes(32) }, activeKekId: "k", fingerprintKey: randomBytes(32) });

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ merchantId } = await createMerchant({ db: handle.db }, { name: "Shop", returnUrls: ["https://shop.example/"] }));
});
afterAll(async () => {
  await handle?.close();
});

const newRequest = (lifetimeMs: number) =>
  createPaymentRequest(
    { db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive },
    {
      merchantId,
      mode: "test",
      input: { amount: 1000, currency: "EUR", returnUrl: "https://shop.example/r", expiresAt: new Date(clock.now().getTime() + lifetimeMs).toISOString() },
    },
  );

const eventsOf = async (id: string) =>
  (await handle.db.select().from(schema.events).where(eq(schema.events.objectId, id))).map((e) => e.type);

describe("expirePaymentRequests", () => {
  it("expires open requests past their expiry once, with a payment_request.expired event, and leaves the others alone", async () => {
    const soon = await newRequest(60_000);
    const later = await newRequest(3_600_000);
    const paid = await newRequest(60_000);
    await attemptCardPayment({ db: handle.db, vault, clock }, paid.id, "4242424242424242");
    const challenged = await newRequest(60_000);
    await attemptCardPayment({ db: handle.db, vault, clock }, challenged.id, "4000000000003220");

    expect(await expirePaymentRequests({ db: handle.db, clock, urls: testUrls })).toEqual([]);
    clock.advance(60_001);
    const [first, second] = await Promise.all([
      expirePaymentRequests({ db: handle.db, clock, urls: testUrls }),
      expirePaymentRequests({ db: handle.db, clock, urls: testUrls }),
    ]);
    // Only `soon`: `later` is not due, `paid` is closed, `challenged` still has its challenge running.
    expect([...first!, ...second!].map((r) => r.id)).toEqual([soon.id]);
    const [row] = await handle.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, soon.id));
    expect(row?.status).toBe("expired");
    expect(await eventsOf(soon.id)).toEqual(["payment_request.expired"]);
    expect(await eventsOf(later.id)).toEqual([]);
    expect(await eventsOf(paid.id)).not.toContain("payment_request.expired");
    expect(await eventsOf(challenged.id)).not.toContain("payment_request.expired");
    expect(await expirePaymentRequests({ db: handle.db, clock, urls: testUrls })).toEqual([]);
  });
});
