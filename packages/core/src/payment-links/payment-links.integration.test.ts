import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { getPaymentLink } from "./get-payment-link";
import { listPaymentRequests } from "../payment-requests/list-payment-requests";
import { testAcquirersWithLive } from "../testing/test-acquirers";
import { testUrls } from "../testing/test-urls";

const HOUR = 60 * 60 * 1000;
const { publicUrl } = testUrls;
let handle: DatabaseHandle;
let shopA: string;
let shopB: string;
let staffA: string;
let staffB: string;
const clock = fixedClock(new Date("2026-11-20T10:00:00Z"));
const deps = () => ({ db: handle.db, clock, urls: testUrls, acquirers: testAcquirersWithLive });

async function staffOf(merchantId: string, email: string) {
  const id = createId("usr");
  await handle.db.insert(schema.staffUsers).values({ id, merchantId, email, passwordHash: "x", role: "admin" });
  return id;
}

/** A link as the back-office makes it: by a staff member, no return URL. */
function createLink(merchantId: string, createdByUserId: string, reference: string, { mode = "test", hours = 24 }: { mode?: Mode; hours?: number } = {}) {
  clock.advance(1000);
  return createPaymentRequest(deps(), {
    merchantId,
    mode,
    createdByUserId,
    input: { amount: 2500, currency: "EUR", merchantReference: reference, returnUrl: null, expiresAt: new Date(clock.now().getTime() + hours * HOUR).toISOString() },
  });
}

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId: shopA }, { merchantId: shopB }] = merchants;
  staffA = await staffOf(shopA, "admin@a.example");
  staffB = await staffOf(shopB, "admin@b.example");
});
afterAll(async () => {
  await handle?.close();
});

describe("createPaymentRequest without a return URL", () => {
  it("makes a payment link when a staff member creates it", async () => {
    const link = await createLink(shopA, staffA, "no-return");
    expect(link).toMatchObject({ status: "open", returnUrl: null, cancelUrl: null, url: `${publicUrl}/pay/${link.id}` });
    const [row] = await handle.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, link.id));
    expect(row).toMatchObject({ returnUrl: null, createdByUserId: staffA });
  });

  it("is refused otherwise (the API path), with nothing created", async () => {
    const before = (await handle.db.select().from(schema.paymentRequests)).length;
    await expect(
      createPaymentRequest(deps(), { merchantId: shopA, mode: "test", input: { amount: 2500, currency: "EUR", returnUrl: null } }),
    ).rejects.toMatchObject({ code: "parameter_invalid", param: "returnUrl" });
    expect((await handle.db.select().from(schema.paymentRequests)).length).toBe(before);
  });

  it("still checks a return URL that is given, even for a staff member", async () => {
    await expect(
      createPaymentRequest(deps(), {
        merchantId: shopA,
        mode: "test",
        createdByUserId: staffA,
        input: { amount: 2500, currency: "EUR", returnUrl: "https://evil.example/steal" },
      }),
    ).rejects.toMatchObject({ code: "return_url_not_allowed" });
  });
});

describe("listPaymentRequests and getPaymentLink", () => {
  it("list every request of the merchant in the mode asked, API-made or staff-made, newest first", async () => {
    await handle.db.delete(schema.paymentRequests);
    const first = await createLink(shopA, staffA, "a-1");
    const second = await createLink(shopA, staffA, "a-2");
    const live = await createLink(shopA, staffA, "a-live", { mode: "live" });
    const other = await createLink(shopB, staffB, "b-1");
    clock.advance(1000);
    // Made through the API: listed and openable in the back-office too, with no creator.
    const api = await createPaymentRequest(deps(), {
      merchantId: shopA,
      mode: "test",
      input: { amount: 100, currency: "EUR", returnUrl: "https://shop-a.example/r", merchantReference: "api-1", customerEmail: "Ada@Example.com" },
    });

    const page = await listPaymentRequests(deps(), { merchantId: shopA, mode: "test" });
    expect(page.data.map((request) => request.id)).toEqual([api.id, second.id, first.id]);
    expect(page.hasMore).toBe(false);
    expect(page.data[1]).toMatchObject({ merchantReference: "a-2", url: `${publicUrl}/pay/${second.id}` });
    expect((await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", createdBy: "api" })).data.map((r) => r.id)).toEqual([api.id]);
    expect((await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", createdBy: "staff" })).data.map((r) => r.id)).toEqual([second.id, first.id]);

    expect((await listPaymentRequests(deps(), { merchantId: shopA, mode: "live" })).data.map((request) => request.id)).toEqual([live.id]);
    expect((await listPaymentRequests(deps(), { merchantId: shopB, mode: "test" })).data.map((request) => request.id)).toEqual([other.id]);

    expect(await getPaymentLink(deps(), { merchantId: shopA, mode: "test", id: first.id })).toMatchObject({ id: first.id, createdBy: { userId: staffA, email: "admin@a.example" } });
    expect(await getPaymentLink(deps(), { merchantId: shopA, mode: "test", id: api.id })).toMatchObject({ id: api.id, createdBy: null });
    for (const [id, mode] of [
      [other.id, "test"],
      [live.id, "test"],
      [first.id, "live"],
      ["pr_doesnotexistatall00", "test"],
      ["../etc", "test"],
    ] as const) {
      await expect(getPaymentLink(deps(), { merchantId: shopA, mode, id })).rejects.toMatchObject({ code: "resource_not_found" });
    }
  });

  it("search the reference and the customer email (case-insensitive, wildcards taken literally) or a whole id", async () => {
    const search = async (text: string) => (await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", search: text })).data.map((r) => r.merchantReference);
    expect(await search("a-")).toEqual(["a-2", "a-1"]);
    expect(await search("EXAMPLE.COM")).toEqual(["api-1"]);
    expect(await search("%")).toEqual([]);
    expect(await search("_")).toEqual([]);
    expect(await search("b-1")).toEqual([]); // another merchant's
    const [b] = (await listPaymentRequests(deps(), { merchantId: shopB, mode: "test" })).data;
    expect(await search(b!.id)).toEqual([]);
    const [a1] = (await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", search: "a-1" })).data;
    expect(await search(a1!.id)).toEqual(["a-1"]);
    await expect(listPaymentRequests(deps(), { merchantId: shopA, mode: "test", search: "x".repeat(300) })).rejects.toMatchObject({ code: "parameter_invalid", param: "search" });
  });

  it("page with a cursor, and refuse another merchant's request as a cursor", async () => {
    const page1 = await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", limit: 1, createdBy: "staff" });
    expect(page1.data.map((link) => link.merchantReference)).toEqual(["a-2"]);
    expect(page1.hasMore).toBe(true);
    const page2 = await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", limit: 1, createdBy: "staff", startingAfter: page1.data[0]!.id });
    expect(page2.data.map((link) => link.merchantReference)).toEqual(["a-1"]);
    expect(page2.hasMore).toBe(false);

    const [bLink] = (await listPaymentRequests(deps(), { merchantId: shopB, mode: "test" })).data;
    await expect(listPaymentRequests(deps(), { merchantId: shopA, mode: "test", startingAfter: bLink!.id })).rejects.toMatchObject({
      code: "resource_not_found",
      param: "startingAfter",
    });
  });

  it("filter by effective status: an open request past its expiry is expired before any sweep", async () => {
    const short = await createLink(shopA, staffA, "short", { hours: 1 });
    clock.advance(HOUR);
    const byStatus = async (status: "open" | "expired" | "canceled") =>
      (await listPaymentRequests(deps(), { merchantId: shopA, mode: "test", status })).data.map((r) => r.merchantReference);
    expect(await byStatus("expired")).toEqual(["short"]);
    expect(await byStatus("open")).toEqual(["api-1", "a-2", "a-1"]);
    expect(await byStatus("canceled")).toEqual([]);
    const page = await listPaymentRequests(deps(), { merchantId: shopA, mode: "test" });
    expect(page.data.find((link) => link.id === short.id)?.status).toBe("expired");
    const [row] = await handle.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, short.id));
    expect(row?.status).toBe("open");
    await expect(listPaymentRequests(deps(), { merchantId: shopA, mode: "test", status: "paid" as never })).rejects.toMatchObject({ code: "parameter_invalid", param: "status" });
  });
});
