import { createId, createMerchant, TRANSACTION_CSV_COLUMNS, type CreatedMerchant } from "@jeton/core";
import { parseCsv } from "@jeton/core/testing/parse-csv";
import { schema } from "@jeton/db";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { createTestStaff, type TestStaff } from "@/server/testing/create-test-staff";
import { handleExportTransactions } from "./handler";

type NewRow = typeof schema.transactions.$inferInsert;
let ctx: TestContext;
let shopA: CreatedMerchant;
let shopB: CreatedMerchant;
let viewer: TestStaff;
let viewerLive: TestStaff;
let adminOfB: TestStaff;

beforeAll(async () => {
  ctx = await createTestContext({ JETON_PUBLIC_URL: "https://pay.example" }, { merchants: 2 });
  [shopA, shopB] = ctx.merchants;
  viewer = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "viewer" });
  viewerLive = await createTestStaff(ctx, { merchantId: shopA.merchantId, role: "viewer", mode: "live" });
  adminOfB = await createTestStaff(ctx, { merchantId: shopB.merchantId, role: "admin" });
});
afterAll(async () => {
  await ctx?.handle.close();
});

function row(fields: Partial<NewRow> & { createdAt: Date }, merchant = shopA): NewRow {
  return {
    id: createId("tx"),
    merchantId: merchant.merchantId,
    mode: "test",
    status: "captured",
    amount: 1250,
    currency: "EUR",
    capturedAmount: 1250,
    captureMode: "automatic",
    brand: "visa",
    bin: "424242",
    last4: "4242",
    expMonth: 12,
    expYear: 2030,
    fingerprint: "f".repeat(43),
    authorizationCode: "A1B2C3",
    responseCode: "00",
    updatedAt: fields.createdAt,
    ...fields,
  };
}

function download(who: TestStaff | null, query: string) {
  ctx.clock.advance(1);
  const headers: Record<string, string> = { "user-agent": "vitest" };
  if (who) headers.cookie = who.cookie;
  return ctx.respond(handleExportTransactions(new Request(`https://pay.example/dashboard/exports/transactions.csv${query}`, { headers }), ctx));
}

async function lastExportAudit() {
  const [entry] = await ctx.db
    .select()
    .from(schema.auditLog)
    .where(eq(schema.auditLog.action, "export.transactions"))
    .orderBy(desc(schema.auditLog.createdAt), desc(schema.auditLog.id))
    .limit(1);
  return entry;
}

const column = (name: (typeof TRANSACTION_CSV_COLUMNS)[number]) => TRANSACTION_CSV_COLUMNS.indexOf(name);

describe("GET /dashboard/exports/transactions.csv", () => {
  it("streams the range's payments as CSV for any role, as a download named after the range, and audits it", async () => {
    const march = new Date("2026-03-10T12:00:00Z");
    const rows = [
      row({ createdAt: march, merchantReference: "=cmd|' /C calc'!A0", customerEmail: "ada@example.com" }),
      row({ createdAt: new Date(march.getTime() + 1), currency: "TND", amount: 1250, capturedAmount: 1250, merchantReference: "tnd, with comma" }),
      row({ createdAt: new Date(march.getTime() + 2), currency: "JPY", amount: 1200, capturedAmount: 1200, refundedAmount: 200, status: "partially_refunded", merchantReference: 'say "hi"' }),
      // Outside the range, the other mode, another merchant: never in the file.
      row({ createdAt: new Date("2026-03-09T23:59:59.999Z"), merchantReference: "the day before" }),
      row({ createdAt: new Date("2026-03-12T00:00:00Z"), merchantReference: "the day after" }),
      row({ createdAt: march, mode: "live", merchantReference: "live" }),
      row({ createdAt: march, merchantReference: "shop B" }, shopB),
    ];
    await ctx.db.insert(schema.transactions).values(rows);
    const refundId = createId("re");
    await ctx.db.insert(schema.refunds).values({ id: refundId, merchantId: shopA.merchantId, mode: "test", transactionId: rows[2]!.id!, amount: 200, currency: "JPY", status: "succeeded", createdAt: march });

    const response = await download(viewer, "?from=2026-03-10&to=2026-03-11");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="jeton-transactions-test-2026-03-10_2026-03-11.csv"');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.body).toBeInstanceOf(ReadableStream);
    const [header, ...data] = parseCsv(await response.text());
    expect(header).toEqual([...TRANSACTION_CSV_COLUMNS]);
    expect(data.map((r) => r[column("merchant_reference")])).toEqual(["'=cmd|' /C calc'!A0", "tnd, with comma", 'say "hi"']);
    expect(data.map((r) => [r[column("amount")], r[column("refunded")], r[column("net")], r[column("currency")]])).toEqual([
      ["12.50", "0.00", "12.50", "EUR"],
      ["1.250", "0.000", "1.250", "TND"],
      ["1200", "200", "1000", "JPY"],
    ]);
    expect(data[0]![column("card")]).toBe("424242******4242");
    expect(data[2]![column("refund_ids")]).toBe(refundId);
    expect(data[0]![column("created_at")]).toBe("2026-03-10T12:00:00.000Z");

    expect(await lastExportAudit()).toMatchObject({
      merchantId: shopA.merchantId,
      userId: viewer.user.id,
      outcome: "success",
      mode: "test",
      userAgent: "vitest",
      details: { from: "2026-03-10", to: "2026-03-11" },
    });

    // The live mode's export holds the live row only; shop B's staff see shop B's row only.
    const live = parseCsv(await (await download(viewerLive, "?from=2026-03-10&to=2026-03-11")).text());
    expect(live.slice(1).map((r) => r[column("merchant_reference")])).toEqual(["live"]);
    const ofB = parseCsv(await (await download(adminOfB, "?from=2026-03-10&to=2026-03-11")).text());
    expect(ofB.slice(1).map((r) => r[column("merchant_reference")])).toEqual(["shop B"]);
  });

  it("streams a range with more payments than one batch completely", async () => {
    const start = new Date("2026-05-01T00:00:00Z").getTime();
    const rows: NewRow[] = [];
    for (let i = 0; i < 1200; i++) rows.push(row({ createdAt: new Date(start + Math.floor(i / 2) * 60_000), merchantReference: `may-${i}` }));
    for (let i = 0; i < rows.length; i += 400) await ctx.db.insert(schema.transactions).values(rows.slice(i, i + 400));
    const response = await download(viewer, "?from=2026-05-01&to=2026-05-31");
    const [, ...data] = parseCsv(await response.text());
    expect(data).toHaveLength(1200);
    expect(new Set(data.map((r) => r[column("merchant_reference")]))).toEqual(new Set(rows.map((r) => r.merchantReference)));
  });

  it.each([
    ["no dates", ""],
    ["a missing end", "?from=2026-03-10"],
    ["an end before the start", "?from=2026-03-10&to=2026-03-09"],
    ["more than 366 days", "?from=2025-01-01&to=2026-01-02"],
    ["not a date", "?from=yesterday&to=2026-03-09"],
    ["an impossible date", "?from=2026-02-30&to=2026-03-09"],
  ])("refuses %s: back to the form with the error, audited as a failure, no file", async (_name, query) => {
    const response = await download(viewer, query);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location")!);
    expect(location.pathname).toBe("/dashboard/exports");
    expect(location.searchParams.get("error")).toBe("parameter_invalid");
    expect(await lastExportAudit()).toMatchObject({ userId: viewer.user.id, outcome: "failure", details: { error: "parameter_invalid" } });
  });

  it("accepts exactly 366 days, and one day alone", async () => {
    expect((await download(viewer, "?from=2025-03-11&to=2026-03-11")).status).toBe(200);
    expect((await download(viewer, "?from=2026-03-10&to=2026-03-10")).status).toBe(200);
  });

  it("sends a visitor without a session to the login page, and writes nothing", async () => {
    const before = (await ctx.db.select().from(schema.auditLog)).length;
    const response = await download(null, "?from=2026-03-10&to=2026-03-11");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("https://pay.example/login?reason=session");
    const forged = await download({ ...viewer, cookie: "jeton_staff=forged" }, "?from=2026-03-10&to=2026-03-11");
    expect(forged.status).toBe(303);
    expect((await ctx.db.select().from(schema.auditLog)).length).toBe(before);
  });
});
