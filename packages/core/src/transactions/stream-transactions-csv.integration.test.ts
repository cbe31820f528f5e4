import { schema, type DatabaseHandle } from "@jeton/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestPlatform, type TestPlatform } from "../testing/create-test-platform";
import { createId } from "../ids/create-id";
import { parseCsv } from "../testing/parse-csv";
import { streamTransactionsCsv, TRANSACTION_CSV_COLUMNS } from "./stream-transactions-csv";

type NewRow = typeof schema.transactions.$inferInsert;
let handle: DatabaseHandle;
let shopA: string;
let shopB: string;
const DAY = 24 * 60 * 60 * 1000;
const JAN_1 = new Date("2026-01-01T00:00:00Z");

beforeAll(async () => {
  let merchants: TestPlatform["merchants"];
  ({ handle, merchants } = await createTestPlatform({ merchants: 2 }));
  [{ merchantId: shopA }, { merchantId: shopB }] = merchants;
});
afterAll(async () => {
  await handle?.close();
});

function row(overrides: Partial<NewRow> & { createdAt: Date }): NewRow {
  return {
    id: createId("tx"),
    merchantId: shopA,
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
    responseCode: "00",
    authorizationCode: "A1B2C3",
    ...overrides,
  };
}

async function collect(input: { merchantId?: string; mode?: "test" | "live"; from: Date; to: Date; batchSize?: number }) {
  const lines: string[] = [];
  for await (const line of streamTransactionsCsv(
    { db: handle.db },
    { merchantId: input.merchantId ?? shopA, mode: input.mode ?? "test", createdFrom: input.from, createdTo: input.to, batchSize: input.batchSize },
  )) {
    lines.push(line);
  }
  return lines;
}

describe("streamTransactionsCsv", () => {
  it("writes the accountant's columns, major units per currency, refunds, and neutralised, quoted text", async () => {
    const day = new Date("2026-02-10T09:30:00Z");
    const eur = row({
      createdAt: day,
      authorizedAt: day,
      capturedAt: day,
      settledAt: new Date("2026-02-11T00:00:00Z"),
      status: "partially_refunded",
      amount: 1250,
      capturedAmount: 1250,
      refundedAmount: 250,
      merchantReference: 'order "42", urgent',
      customerEmail: "=HYPERLINK(\"http://evil.example\",\"click\")",
    });
    const tnd = row({ createdAt: new Date(day.getTime() + 1), currency: "TND", amount: 1250, capturedAmount: 1250, merchantReference: "+33 1 23\r\nline two", brand: "mastercard", bin: "555555", last4: "4444" });
    const jpy = row({ createdAt: new Date(day.getTime() + 2), currency: "JPY", amount: 1200, capturedAmount: 1200, merchantReference: "-2+3", customerEmail: "@SUM(A1)" });
    const declined = row({
      createdAt: new Date(day.getTime() + 3),
      status: "declined",
      capturedAmount: 0,
      responseCode: "51",
      declineCode: "insufficient_funds",
      authorizationCode: null,
    });
    const canceled = row({ createdAt: new Date(day.getTime() + 4), status: "canceled", canceledAt: new Date(day.getTime() + 5) });
    await handle.db.insert(schema.transactions).values([eur, tnd, jpy, declined, canceled]);
    const refunds = [createId("re"), createId("re")];
    await handle.db.insert(schema.refunds).values(
      refunds.map((id, i) => ({ id, merchantId: shopA, mode: "test" as const, transactionId: eur.id!, amount: 125, currency: "EUR", status: "succeeded" as const, createdAt: new Date(day.getTime() + 10 + i) })),
    );

    const lines = await collect({ from: new Date("2026-02-10T00:00:00Z"), to: new Date("2026-02-11T00:00:00Z") });
    expect(lines.every((line) => line.endsWith("\r\n"))).toBe(true);
    const [header, ...records] = parseCsv(lines.join(""));
    expect(header).toEqual([...TRANSACTION_CSV_COLUMNS]);
    expect(records).toHaveLength(5);
    const byId = new Map(records.map((record) => [record[header!.indexOf("transaction_id")]!, Object.fromEntries(header!.map((name, i) => [name, record[i]]))]));

    expect(byId.get(eur.id!)).toEqual({
      created_at: "2026-02-10T09:30:00.000Z",
      authorized_at: "2026-02-10T09:30:00.000Z",
      captured_at: "2026-02-10T09:30:00.000Z",
      settled_at: "2026-02-11T00:00:00.000Z",
      canceled_at: "",
      transaction_id: eur.id,
      merchant_reference: 'order "42", urgent',
      status: "partially_refunded",
      amount: "12.50",
      captured: "12.50",
      refunded: "2.50",
      net: "10.00",
      currency: "EUR",
      brand: "visa",
      card: "424242******4242",
      authorization_code: "A1B2C3",
      response_code: "00",
      decline_code: "",
      // A formula is neutralised by a leading apostrophe (and quoted, for its quotes and comma).
      customer_email: "'=HYPERLINK(\"http://evil.example\",\"click\")",
      refund_count: "2",
      refund_ids: refunds.join(" "),
    });
    expect(byId.get(tnd.id!)).toMatchObject({ amount: "1.250", captured: "1.250", net: "1.250", currency: "TND", card: "555555******4444", merchant_reference: "'+33 1 23\r\nline two" });
    expect(byId.get(jpy.id!)).toMatchObject({ amount: "1200", net: "1200", currency: "JPY", merchant_reference: "'-2+3", customer_email: "'@SUM(A1)" });
    expect(byId.get(declined.id!)).toMatchObject({ status: "declined", captured: "0.00", net: "0.00", decline_code: "insufficient_funds", response_code: "51", authorization_code: "" });
    expect(byId.get(canceled.id!)).toMatchObject({ status: "canceled", amount: "12.50", captured: "0.00", net: "0.00", canceled_at: "2026-02-10T09:30:00.005Z" });
    // The raw text quotes exactly the cells that need it.
    expect(lines.find((line) => line.includes(eur.id!))).toContain(`,"order ""42"", urgent",`);
  });

  it("streams a range larger than a batch completely, in order, and nothing outside it or from other merchants or modes", async () => {
    const rows: NewRow[] = [];
    // 1200 rows over 12 days of January, several sharing an instant (the keyset must not skip or repeat them).
    for (let i = 0; i < 1200; i++) rows.push(row({ createdAt: new Date(JAN_1.getTime() + Math.floor(i / 3) * 2_600_000), merchantReference: `jan-${i}` }));
    for (let i = 0; i < rows.length; i += 300) await handle.db.insert(schema.transactions).values(rows.slice(i, i + 300));
    const outside = [
      row({ createdAt: new Date(JAN_1.getTime() - 1), merchantReference: "december" }),
      row({ createdAt: new Date(JAN_1.getTime() + 31 * DAY), merchantReference: "february-1st" }),
      row({ createdAt: new Date(JAN_1.getTime() + DAY), merchantId: shopB, merchantReference: "other-merchant" }),
      row({ createdAt: new Date(JAN_1.getTime() + DAY), mode: "live", merchantReference: "live-mode" }),
    ];
    await handle.db.insert(schema.transactions).values(outside);

    const lines = await collect({ from: JAN_1, to: new Date(JAN_1.getTime() + 31 * DAY), batchSize: 500 });
    const [, ...records] = parseCsv(lines.join(""));
    expect(records).toHaveLength(1200);
    const references = records.map((record) => record[TRANSACTION_CSV_COLUMNS.indexOf("merchant_reference")]);
    expect(new Set(references).size).toBe(1200);
    expect(references).not.toContain("december");
    expect(references).not.toContain("february-1st");
    expect(references).not.toContain("other-merchant");
    expect(references).not.toContain("live-mode");
    const created = records.map((record) => record[0]!);
    expect([...created].sort()).toEqual(created);

    // A batch size that divides nothing evenly gives the same rows.
    const small = await collect({ from: JAN_1, to: new Date(JAN_1.getTime() + 31 * DAY), batchSize: 7 });
    expect(small).toEqual(lines);
    // The other merchant and the live mode see only their own.
    expect((await collect({ merchantId: shopB, from: JAN_1, to: new Date(JAN_1.getTime() + 31 * DAY) })).length).toBe(2);
    expect((await collect({ mode: "live", from: JAN_1, to: new Date(JAN_1.getTime() + 31 * DAY) })).length).toBe(2);
  });

  it("refuses a range that ends before it starts, and writes just the header for an empty one", async () => {
    await expect(collect({ from: JAN_1, to: JAN_1 })).rejects.toMatchObject({ code: "parameter_invalid" });
    await expect(collect({ from: JAN_1, to: new Date("invalid") })).rejects.toMatchObject({ code: "parameter_invalid" });
    expect(await collect({ from: new Date("2020-01-01T00:00:00Z"), to: new Date("2020-02-01T00:00:00Z") })).toEqual([`${TRANSACTION_CSV_COLUMNS.join(",")}\r\n`]);
  });
});
