import { randomUUID } from "node:crypto";
import { type DatabaseHandle, schema } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { AppError } from "../errors";
import { createId } from "../ids/create-id";
import { createMerchant } from "../merchants/create-merchant";
import { cancelAcsChallenge } from "./cancel-acs-challenge";
import { decodeCReq, decodeCRes } from "./challenge-messages";
import { expireThreeDsSessions } from "./expire-three-ds-sessions";
import { getAcsChallenge } from "./get-acs-challenge";
import { performThreeDsLookup } from "./perform-three-ds-lookup";
import { readThreeDsOutcome } from "./read-three-ds-outcome";
import { startThreeDsChallenge } from "./start-three-ds-challenge";
import { submitAcsChallenge } from "./submit-acs-challenge";
import type { ChallengeWindowSize } from "./three-ds-result";

const ACS_URL = "http://localhost:3000/acs/challenge";
const NOTIFY = "http://localhost:3000/pay/pr_x/3ds";
let handle: DatabaseHandle;
let merchantId: string;
const clock = fixedClock(new Date("2030-01-01T10:00:00Z"));

beforeAll(async () => {
  handle = await createTestDatabase();
  ({ merchantId } = await createMerchant({ db: handle.db }, { name: "3DS shop" }));
});
afterAll(async () => {
  await handle?.close();
});

async function insertTransaction(options: { brand?: string; status?: "requires_action" | "authorized" } = {}) {
  const id = createId("tx");
  await handle.db.insert(schema.transactions).values({
    id,
    merchantId,
    mode: "test",
    status: options.status ?? "requires_action",
    amount: 12500,
    currency: "EUR",
    captureMode: "automatic",
    brand: options.brand ?? "visa",
    bin: "400000",
    last4: "3220",
    expMonth: 12,
    expYear: 2034,
    fingerprint: "fp",
  });
  return id;
}

function challengeAres(pan = "4000000000003220", brand = "visa") {
  const ares = performThreeDsLookup({
    pan,
    brand,
    amount: 12500,
    currency: "EUR",
    policy: { threeDsPolicy: "issuer", threshold: null, thresholdCurrency: null },
    acsUrl: ACS_URL,
  });
  expect(ares.transStatus).toBe("C");
  return ares;
}

async function startChallenge(options: { brand?: string; windowSize?: ChallengeWindowSize; clock?: typeof clock } = {}) {
  const transactionId = await insertTransaction({ brand: options.brand ?? "visa" });
  const ares = challengeAres("4000000000003220", options.brand);
  const started = await startThreeDsChallenge(
    { db: handle.db, clock: options.clock ?? clock },
    { ares, transactionId, challengeWindowSize: options.windowSize ?? "02", notificationUrl: NOTIFY },
  );
  return { transactionId, ares, started };
}

async function sessionOf(id: string) {
  const [row] = await handle.db.select().from(schema.threeDsSessions).where(eq(schema.threeDsSessions.id, id));
  return row!;
}

async function expectAppError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe("startThreeDsChallenge", () => {
  it("stores a pending session for 10 minutes and returns the CReq, ACS URL and window size", async () => {
    const { transactionId, ares, started } = await startChallenge({ windowSize: "02" });
    expect(started.acsUrl).toBe(ACS_URL);
    expect(started.windowSize).toEqual({ width: 390, height: 400 });
    expect(started.expiresAt.getTime() - clock.now().getTime()).toBe(10 * 60 * 1000);
    expect(decodeCReq(started.creq)).toEqual({
      threeDSServerTransID: ares.threeDSServerTransID,
      acsTransID: ares.acsTransID,
      messageType: "CReq",
      messageVersion: "2.2.0",
      challengeWindowSize: "02",
    });
    const row = await sessionOf(ares.threeDSServerTransID);
    expect(row).toMatchObject({
      transactionId,
      acsTransId: ares.acsTransID,
      dsTransId: ares.dsTransID,
      messageVersion: "2.2.0",
      status: "challenge_pending",
      challengeWindowSize: "02",
      attemptsLeft: 3,
      notificationUrl: NOTIFY,
      completedAt: null,
    });
    expect(row.expiresAt.getTime()).toBe(started.expiresAt.getTime());
  });

  it.each([
    ["01", { width: 250, height: 400 }],
    ["03", { width: 500, height: 600 }],
    ["04", { width: 600, height: 400 }],
    ["05", { width: "100%", height: "100%" }],
  ] as const)("window size %s is %o", async (windowSize, expected) => {
    expect((await startChallenge({ windowSize })).started.windowSize).toEqual(expected);
  });

  it("refuses a frictionless ARes, a bad window size or notification URL, and unknown or settled transactions", async () => {
    const deps = { db: handle.db, clock };
    const transactionId = await insertTransaction();
    const frictionless = performThreeDsLookup({
      pan: "4242424242424242",
      brand: "visa",
      amount: 1,
      currency: "EUR",
      policy: { threeDsPolicy: "issuer", threshold: null, thresholdCurrency: null },
      acsUrl: ACS_URL,
    });
    await expectAppError(startThreeDsChallenge(deps, { ares: frictionless, transactionId, challengeWindowSize: "01", notificationUrl: NOTIFY }), "parameter_invalid");
    await expectAppError(
      startThreeDsChallenge(deps, { ares: challengeAres(), transactionId, challengeWindowSize: "06" as ChallengeWindowSize, notificationUrl: NOTIFY }),
      "parameter_invalid",
    );
    for (const notificationUrl of ["/relative", "javascript:alert(1)", "ftp://x.example/", "https://user:pw@x.example/", ""]) {
      await expectAppError(startThreeDsChallenge(deps, { ares: challengeAres(), transactionId, challengeWindowSize: "01", notificationUrl }), "parameter_invalid");
    }
    await expectAppError(
      startThreeDsChallenge(deps, { ares: { ...challengeAres(), acsTransID: "not-a-uuid" }, transactionId, challengeWindowSize: "01", notificationUrl: NOTIFY }),
      "parameter_invalid",
    );
    await expectAppError(
      startThreeDsChallenge(deps, { ares: challengeAres(), transactionId: createId("tx"), challengeWindowSize: "01", notificationUrl: NOTIFY }),
      "resource_not_found",
    );
    const authorized = await insertTransaction({ status: "authorized" });
    await expectAppError(
      startThreeDsChallenge(deps, { ares: challengeAres(), transactionId: authorized, challengeWindowSize: "01", notificationUrl: NOTIFY }),
      "invalid_state_transition",
    );
    // The same ARes cannot open two sessions.
    const ares = challengeAres();
    await startThreeDsChallenge(deps, { ares, transactionId, challengeWindowSize: "01", notificationUrl: NOTIFY });
    await expectAppError(startThreeDsChallenge(deps, { ares, transactionId, challengeWindowSize: "01", notificationUrl: NOTIFY }), "parameter_invalid");
    expect((await handle.db.select().from(schema.threeDsSessions).where(eq(schema.threeDsSessions.transactionId, transactionId))).length).toBe(1);
  });
});

describe("the ACS challenge", () => {
  it("reads as pending (transStatus C) until answered", async () => {
    const { transactionId, ares } = await startChallenge();
    const outcome = await readThreeDsOutcome({ db: handle.db, clock }, { threeDSServerTransID: ares.threeDSServerTransID });
    expect(outcome).toEqual({
      transactionId,
      status: "challenge_pending",
      result: {
        version: "2.2.0",
        transStatus: "C",
        liabilityShift: false,
        threeDSServerTransID: ares.threeDSServerTransID,
        acsTransID: ares.acsTransID,
        dsTransID: ares.dsTransID,
        challenged: true,
      },
    });
    const page = await getAcsChallenge({ db: handle.db, clock }, { acsTransId: ares.acsTransID });
    expect(page).toMatchObject({ status: "challenge_pending", attemptsLeft: 3, amount: 12500, currency: "EUR", transactionId, notificationUrl: NOTIFY });
  });

  it("the right code authenticates: Y, ECI 05, a stable 28-character CAVV, liability shift", async () => {
    const { transactionId, ares } = await startChallenge();
    const answer = await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: ares.acsTransID, code: " 123456 " });
    expect(answer.outcome).toBe("authenticated");
    expect(answer.attemptsLeft).toBe(3);
    expect(answer.notificationUrl).toBe(NOTIFY);
    expect(decodeCRes(answer.cres)).toEqual({
      threeDSServerTransID: ares.threeDSServerTransID,
      acsTransID: ares.acsTransID,
      messageType: "CRes",
      messageVersion: "2.2.0",
      transStatus: "Y",
      challengeCompletionInd: "Y",
    });
    const row = await sessionOf(ares.threeDSServerTransID);
    expect(row.status).toBe("Y");
    expect(row.completedAt?.getTime()).toBe(clock.now().getTime());

    const outcome = await readThreeDsOutcome({ db: handle.db, clock }, { threeDSServerTransID: ares.threeDSServerTransID });
    expect(outcome.transactionId).toBe(transactionId);
    expect(outcome.status).toBe("Y");
    expect(outcome.result).toMatchObject({ transStatus: "Y", eci: "05", liabilityShift: true, challenged: true, dsTransID: ares.dsTransID });
    expect(outcome.result.authenticationValue).toMatch(/^[A-Za-z0-9+/]{27}=$/);
    const again = await readThreeDsOutcome({ db: handle.db, clock }, { threeDSServerTransID: ares.threeDSServerTransID.toUpperCase() });
    expect(again.result.authenticationValue).toBe(outcome.result.authenticationValue);

    // Done is done: neither another code nor a cancel changes it.
    await expectAppError(submitAcsChallenge({ db: handle.db, clock }, { acsTransId: ares.acsTransID, code: "123456" }), "challenge_closed");
    await expectAppError(cancelAcsChallenge({ db: handle.db, clock }, { acsTransId: ares.acsTransID }), "challenge_closed");
  });

  it("a Mastercard authentication has ECI 02", async () => {
    // The brand comes from the transaction, whatever card the test number is.
    const { ares } = await startChallenge({ brand: "mastercard" });
    await submitAcsChallenge({ db: handle.db, clock }, { acsTransId: ares.acsTransID, code: "123456" });
    const { result } = await readThreeDsOutcome({ db: handle.db, clock }, { threeDSServerTransID: ares.threeDSServerTransID });
    expect(result.eci).toBe("02");
  });

  it("three wrong codes fail the authentication: N, ECI 07, no CAVV, no liability shift", async () => {
    const { ares } = await startChallenge();
    const deps = { db: handle.db, clock };
    expect(await submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "000000" })).toEqual({ outcome: "retry", attemptsLeft: 2 });
    // An empty code is not a guess.
    await expectAppError(submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "   " }), "parameter_invalid");
    await expectAppError(submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: undefined as unknown as string }), "parameter_invalid");
    expect((await sessionOf(ares.threeDSServerTransID)).attemptsLeft).toBe(2);
    expect(await submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "1234567" })).toEqual({ outcome: "retry", attemptsLeft: 1 });
    const last = await submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "x".repeat(500) });
    expect(last.outcome).toBe("failed");
    expect(last.attemptsLeft).toBe(0);
    expect(last.notificationUrl).toBe(NOTIFY);
    expect(decodeCRes(last.cres)).toMatchObject({ transStatus: "N", threeDSServerTransID: ares.threeDSServerTransID });
    expect((await sessionOf(ares.threeDSServerTransID)).status).toBe("N");

    const { status, result } = await readThreeDsOutcome(deps, { threeDSServerTransID: ares.threeDSServerTransID });
    expect(status).toBe("N");
    expect(result).toMatchObject({ transStatus: "N", eci: "07", liabilityShift: false, transStatusReason: "01", challenged: true });
    expect(result.authenticationValue).toBeUndefined();
    // Even the right code is too late now.
    await expectAppError(submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "123456" }), "challenge_closed");
  });

  it("Cancel fails the authentication with challengeCancel 01", async () => {
    const { ares } = await startChallenge();
    const deps = { db: handle.db, clock };
    await submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "111111" });
    const canceled = await cancelAcsChallenge(deps, { acsTransId: ares.acsTransID });
    expect(canceled.notificationUrl).toBe(NOTIFY);
    expect(decodeCRes(canceled.cres)).toMatchObject({ transStatus: "N", challengeCancel: "01", acsTransID: ares.acsTransID });
    expect((await sessionOf(ares.threeDSServerTransID)).status).toBe("canceled");
    const { status, result } = await readThreeDsOutcome(deps, { threeDSServerTransID: ares.threeDSServerTransID });
    expect(status).toBe("canceled");
    expect(result).toMatchObject({ transStatus: "N", challengeCancel: "01", liabilityShift: false, eci: "07" });
    await expectAppError(submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "123456" }), "challenge_closed");
    await expectAppError(cancelAcsChallenge(deps, { acsTransId: ares.acsTransID }), "challenge_closed");
  });

  it("unknown or malformed ids are not found, without reaching PostgreSQL's uuid parser", async () => {
    const deps = { db: handle.db, clock };
    for (const acsTransId of [randomUUID(), "nope", "", "'; DROP TABLE three_ds_sessions; --"]) {
      await expectAppError(submitAcsChallenge(deps, { acsTransId, code: "123456" }), "resource_not_found");
      await expectAppError(cancelAcsChallenge(deps, { acsTransId }), "resource_not_found");
      await expectAppError(getAcsChallenge(deps, { acsTransId }), "resource_not_found");
      await expectAppError(readThreeDsOutcome(deps, { threeDSServerTransID: acsTransId }), "resource_not_found");
    }
    // The two ids are not interchangeable.
    const { ares } = await startChallenge();
    await expectAppError(submitAcsChallenge(deps, { acsTransId: ares.threeDSServerTransID, code: "123456" }), "resource_not_found");
    await expectAppError(readThreeDsOutcome(deps, { threeDSServerTransID: ares.acsTransID }), "resource_not_found");
  });
});

describe("expiry", () => {
  it("after 10 minutes the challenge reads as expired, refuses answers, and the sweep returns its transaction once", async () => {
    const local = fixedClock(clock.now());
    const deps = { db: handle.db, clock: local };
    const { transactionId: soonTx, ares: soon } = await startChallenge({ clock: local });
    local.advance(5 * 60 * 1000);
    const later = await startChallenge({ clock: local });

    local.advance(5 * 60 * 1000 - 1);
    expect((await readThreeDsOutcome(deps, { threeDSServerTransID: soon.threeDSServerTransID })).status).toBe("challenge_pending");
    expect(await expireThreeDsSessions(deps)).not.toContain(soonTx);

    local.advance(1);
    const read = await readThreeDsOutcome(deps, { threeDSServerTransID: soon.threeDSServerTransID });
    expect(read.status).toBe("expired");
    expect(read.result).toMatchObject({ transStatus: "N", challengeCancel: "04", transStatusReason: "14", liabilityShift: false });
    expect((await getAcsChallenge(deps, { acsTransId: soon.acsTransID })).status).toBe("expired");
    await expectAppError(submitAcsChallenge(deps, { acsTransId: soon.acsTransID, code: "123456" }), "challenge_expired");
    await expectAppError(cancelAcsChallenge(deps, { acsTransId: soon.acsTransID }), "challenge_expired");
    // Refusing the late answer did not close the session: the sweep still finds it.
    expect((await sessionOf(soon.threeDSServerTransID)).status).toBe("challenge_pending");

    const swept = await expireThreeDsSessions(deps);
    expect(swept).toContain(soonTx);
    expect(swept).not.toContain(later.transactionId);
    expect((await sessionOf(soon.threeDSServerTransID)).status).toBe("expired");
    expect(await expireThreeDsSessions(deps)).not.toContain(soonTx);
    expect((await readThreeDsOutcome(deps, { threeDSServerTransID: soon.threeDSServerTransID })).status).toBe("expired");

    // Completed sessions never expire.
    await submitAcsChallenge(deps, { acsTransId: later.ares.acsTransID, code: "123456" });
    local.advance(60 * 60 * 1000);
    expect(await expireThreeDsSessions(deps)).not.toContain(later.transactionId);
    expect((await readThreeDsOutcome(deps, { threeDSServerTransID: later.ares.threeDSServerTransID })).status).toBe("Y");
  });
});

describe("concurrent answers", () => {
  it("two right codes at once: exactly one authenticates", async () => {
    const { ares } = await startChallenge();
    const deps = { db: handle.db, clock };
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "123456" })));
    const fulfilled = results.filter((r) => r.status === "fulfilled");
    expect(fulfilled).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r.reason as AppError).code).toBe("challenge_closed");
  });

  it("wrong codes at once never spend the same attempt twice, and only one of them fails the session", async () => {
    const { ares } = await startChallenge();
    const deps = { db: handle.db, clock };
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: `00000${i}` })));
    const outcomes = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
    expect(outcomes.map((o) => o.attemptsLeft).sort()).toEqual([0, 1, 2]);
    expect(outcomes.filter((o) => o.outcome === "failed")).toHaveLength(1);
    for (const r of results.filter((r) => r.status === "rejected")) expect((r.reason as AppError).code).toBe("challenge_closed");
    expect((await sessionOf(ares.threeDSServerTransID))).toMatchObject({ status: "N", attemptsLeft: 0 });
  });

  it("a right code racing a cancel: one wins, the other is refused", async () => {
    const { ares } = await startChallenge();
    const deps = { db: handle.db, clock };
    const [submit, cancel] = await Promise.allSettled([
      submitAcsChallenge(deps, { acsTransId: ares.acsTransID, code: "123456" }),
      cancelAcsChallenge(deps, { acsTransId: ares.acsTransID }),
    ]);
    expect([submit.status, cancel.status].filter((s) => s === "fulfilled")).toHaveLength(1);
    const status = (await sessionOf(ares.threeDSServerTransID)).status;
    expect(status).toBe(submit.status === "fulfilled" ? "Y" : "canceled");
  });
});
