import { schema, type DatabaseHandle } from "@jeton/db";
import { createTestDatabase } from "@jeton/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { fixedClock } from "../clock/clock";
import { AppError } from "../errors";
import { createMerchant } from "../merchants/create-merchant";
import { purgeIdempotencyKeys } from "./purge-idempotency-keys";
import { IDEMPOTENCY_HEARTBEAT_MS, runIdempotent, type IdempotentResponse } from "./run-idempotent";

let handle: DatabaseHandle;
let merchantId: string;
const clock = fixedClock(new Date("2030-01-01T10:00:00Z"));
const deps = () => ({ db: handle.db, clock });
const request = { method: "POST", path: "/api/v1/transactions", body: { amount: 100 } };
const scope = (key: string) => ({ merchantId, mode: "test" as const, key, request });
const row = async (key: string) =>
  (await handle.db.select().from(schema.idempotencyKeys).where(and(eq(schema.idempotencyKeys.merchantId, merchantId), eq(schema.idempotencyKeys.key, key))))[0];

/** Work that runs until the test lets it finish. */
function pendingWork() {
  let finish!: (response: IdempotentResponse) => void;
  const done = new Promise<IdempotentResponse>((resolve) => (finish = resolve));
  const work = vi.fn(() => done);
  return { work, finish };
}

beforeAll(async () => {
  handle = await createTestDatabase();
  merchantId = (await createMerchant({ db: handle.db }, { name: "Idempotent shop" })).merchantId;
});
afterAll(async () => {
  await handle?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("runIdempotent", () => {
  it("never runs a request twice while the first still runs, however long it takes: retries get 409 idempotency_key_in_use", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const first = pendingWork();
    const running = runIdempotent(deps(), scope("slow"), first.work);
    await vi.waitFor(async () => expect(await row("slow")).toMatchObject({ status: "processing" }));

    const again = vi.fn(async () => ({ status: 201, body: { id: "second" } }));
    // A concurrent retry, then late ones: minutes and then more than a day later, the first is still running.
    for (const wait of [0, 2 * 60_000, 25 * 60 * 60_000]) {
      clock.advance(wait);
      // The running request keeps its key alive (a heartbeat), so the purge of expired keys leaves it.
      await vi.advanceTimersByTimeAsync(IDEMPOTENCY_HEARTBEAT_MS);
      await vi.waitFor(async () => expect((await row("slow"))!.expiresAt.getTime()).toBeGreaterThan(clock.now().getTime()));
      await purgeIdempotencyKeys(deps());
      await expect(runIdempotent(deps(), scope("slow"), again)).rejects.toMatchObject({ code: "idempotency_key_in_use", status: 409 });
    }
    expect(again).not.toHaveBeenCalled();

    first.finish({ status: 201, body: { id: "first" } });
    await expect(running).resolves.toMatchObject({ status: 201, body: { id: "first" }, replayed: false });
    await expect(runIdempotent(deps(), scope("slow"), again)).resolves.toMatchObject({ status: 201, body: { id: "first" }, replayed: true });
    expect(again).not.toHaveBeenCalled();
    expect(first.work).toHaveBeenCalledTimes(1);
  });

  it("keeps the key after an unexpected failure (the acquirer may have acted): the retry replays the 500, it does not run again", async () => {
    const failing = vi.fn(async (): Promise<IdempotentResponse> => {
      throw new Error("connection lost after the authorization");
    });
    // The first caller gets the error itself (the web layer logs it and answers 500).
    await expect(runIdempotent(deps(), scope("crash"), failing)).rejects.toThrow("connection lost");
    const retry = vi.fn(async () => ({ status: 201, body: { id: "again" } }));
    const replay = await runIdempotent(deps(), scope("crash"), retry);
    expect(replay).toMatchObject({ status: 500, body: { error: { code: "internal_error" } }, replayed: true });
    expect(JSON.stringify(replay.body)).not.toContain("connection lost");
    expect(retry).not.toHaveBeenCalled();
    expect(failing).toHaveBeenCalledTimes(1);
  });

  it("frees the key only when nothing was done (acquirer_unavailable): the retry runs", async () => {
    const unavailable = async (): Promise<IdempotentResponse> => {
      throw new AppError("acquirer_unavailable", "The acquirer did not answer.");
    };
    await expect(runIdempotent(deps(), scope("busy"), unavailable)).rejects.toMatchObject({ code: "acquirer_unavailable" });
    expect(await row("busy")).toBeUndefined();
    await expect(runIdempotent(deps(), scope("busy"), async () => ({ status: 201, body: { id: "ok" } }))).resolves.toMatchObject({
      body: { id: "ok" },
      replayed: false,
    });
  });

  it("never stores a clientSecret or a whsec_ secret: the replay leaves them out", async () => {
    const body = {
      id: "tx_1",
      clientSecret: "tx_1_secret_abc",
      nextAction: { type: "three_ds_challenge" },
      endpoint: { id: "we_1", secret: "whsec_c2VjcmV0" },
    };
    const first = await runIdempotent(deps(), scope("secrets"), async () => ({ status: 201, body }));
    expect(first.body).toEqual(body);
    const stored = JSON.stringify((await row("secrets"))!.responseBody);
    expect(stored).not.toContain("clientSecret");
    expect(stored).not.toContain("tx_1_secret_abc");
    expect(stored).not.toContain("whsec_");
    const replay = await runIdempotent(deps(), scope("secrets"), async () => ({ status: 201, body: {} }));
    expect(replay).toMatchObject({ replayed: true, body: { id: "tx_1", nextAction: { type: "three_ds_challenge" }, endpoint: { id: "we_1" } } });
    expect(JSON.stringify(replay.body)).not.toMatch(/clientSecret|whsec_/);
  });
});
