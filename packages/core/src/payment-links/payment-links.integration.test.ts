import { schema, type DatabaseHandle } from "@jeton/db";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { fixedClock } from "../clock/clock";
import { createId } from "../ids/create-id";
import type { Mode } from "../merchants/create-api-key";
import { createPaymentRequest } from "../payment-requests/create-payment-request";
import { getPaymentLink } from "./get-payment-link";
import { listPaymentLinks } from "./list-payment-links";
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

describe("listPaymentLinks and getPaymentLink", () => {
  it("list only the merchant's links in the mode asked, newest first, with their creator", async () => {
    await handle.db.delete(schema.paymentRequests);
    const first = await createLink(shopA, staffA, "a-1");
    const second = await createLink(shopA, staffA, "a-2");
    const live = await createLink(shopA, staffA, "a-live", { mode: "live" });
    const other = await createLink(shopB, staffB, "b-1");
    // Made through the API: a payment request, not a link.
    const api = await createPaymentRequest(deps(), { merchantId: shopA, mode: "test", input: { amount: 100, currency: "EUR", returnUrl: "https://shop-a.example/r" } });

    const page = await listPaymentLinks(deps(), { merchantId: shopA, mode: "test" });
    expect(page.data.map((link) => link.id)).toEqual([second.id, first.id]);
    expect(page.hasMore).toBe(false);
    expect(page.data[0]).toMatchObject({ merchantReference: "a-2", createdBy: { userId: staffA, email: "admin@a.example" }, url: `${publicUrl}/pay/${second.id}` });

    expect((await listPaymentLinks(deps(), { merchantId: shopA, mode: "live" })).data.map((link) => link.id)).toEqual([live.id]);
    expect((await listPaymentLinks(deps(), { merchantId: shopB, mode: "test" })).data.map((link) => link.id)).toEqual([other.id]);

    expect((await getPaymentLink(deps(), { merchantId: shopA, mode: "test", id: first.id })).id).toBe(first.id);
    for (const [id, mode] of [
      [other.id, "test"],
      [live.id, "test"],
      [api.id, "test"],
      [first.id, "live"],
      ["pr_doesnotexistatall00", "test"],
      ["../etc", "test"],
    ] as const) {
      await expect(getPaymentLink(deps(), { merchantId: shopA, mode, id })).rejects.toMatchObject({ code: "resource_not_found" });
    }
  });

  it("page with a cursor, and refuse another merchant's link as a cursor", async () => {
    const page1 = await listPaymentLinks(deps(), { merchantId: shopA, mode: "test", limit: 1 });
    expect(page1.data.map((link) => link.merchantReference)).toEqual(["a-2"]);
    expect(page1.hasMore).toBe(true);
    const page2 = await listPaymentLinks(deps(), { merchantId: shopA, mode: "test", limit: 1, startingAfter: page1.data[0]!.id });
    expect(page2.data.map((link) => link.merchantReference)).toEqual(["a-1"]);
    expect(page2.hasMore).toBe(false);

    const [bLink] = (await listPaymentLinks(deps(), { merchantId: shopB, mode: "test" })).data;
    await expect(listPaymentLinks(deps(), { merchantId: shopA, mode: "test", startingAfter: bLink!.id })).rejects.toMatchObject({
      code: "resource_not_found",
      param: "startingAfter",
    });
  });

  it("show an open link past its expiry as expired before any sweep", async () => {
    const short = await createLink(shopA, staffA, "short", { hours: 1 });
    clock.advance(HOUR);
    const page = await listPaymentLinks(deps(), { merchantId: shopA, mode: "test" });
    expect(page.data.find((link) => link.id === short.id)?.status).toBe("expired");
    expect(page.data.find((link) => link.merchantReference === "a-1")?.status).toBe("open");
    const [row] = await handle.db.select().from(schema.paymentRequests).where(eq(schema.paymentRequests.id, short.id));
    expect(row?.status).toBe("open");
  });
});
