import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fixedClock } from "../clock/clock";
import { createVault } from "../vault/create-vault";
import { CHALLENGE_TTL_SECONDS, createAttemptChallenge, verifyAttemptSolution } from "./attempt-challenge";
import { solveAttemptChallenge } from "./solve-attempt-challenge";

const vault = createVault({ keks: { a: randomBytes(32) }, activeKekId: "a", fingerprintKey: randomBytes(32) });
const otherVault = createVault({ keks: { a: randomBytes(32) }, activeKekId: "a", fingerprintKey: randomBytes(32) });

describe("the attempt challenge (altcha-lib format, solved with WebCrypto)", () => {
  it("is solved by the browser solver and verified by altcha-lib", async () => {
    const clock = fixedClock(new Date());
    const challenge = await createAttemptChallenge({ vault, clock }, { maxNumber: 2000 });
    expect(challenge).toMatchObject({ algorithm: "SHA-256", maxnumber: 2000 });
    expect(challenge.salt).toMatch(/\?expires=\d+&$/);
    const solution = await solveAttemptChallenge(challenge);
    expect(solution).not.toBeNull();
    const verified = await verifyAttemptSolution({ vault, clock }, solution);
    expect(verified?.signature).toBe(challenge.signature);
    expect(verified!.expiresAt.getTime() - clock.now().getTime()).toBeLessThanOrEqual(CHALLENGE_TTL_SECONDS * 1000);
  });

  it("refuses a wrong number, another platform's signature, an expired challenge and junk", async () => {
    const clock = fixedClock(new Date());
    const challenge = await createAttemptChallenge({ vault, clock }, { maxNumber: 2000 });
    const solution = (await solveAttemptChallenge(challenge))!;
    const payload = JSON.parse(Buffer.from(solution, "base64").toString("utf8"));
    const wrongNumber = Buffer.from(JSON.stringify({ ...payload, number: payload.number + 1 })).toString("base64");
    expect(await verifyAttemptSolution({ vault, clock }, wrongNumber)).toBeNull();
    expect(await verifyAttemptSolution({ vault: otherVault, clock }, solution)).toBeNull();
    const later = fixedClock(new Date(clock.now().getTime() + CHALLENGE_TTL_SECONDS * 1000 + 1));
    expect(await verifyAttemptSolution({ vault, clock: later }, solution)).toBeNull();
    const noExpiry = Buffer.from(JSON.stringify({ ...payload, salt: payload.salt.replace(/\?.*$/, "") })).toString("base64");
    expect(await verifyAttemptSolution({ vault, clock }, noExpiry)).toBeNull();
    const sha1 = Buffer.from(JSON.stringify({ ...payload, algorithm: "SHA-1" })).toString("base64");
    expect(await verifyAttemptSolution({ vault, clock }, sha1)).toBeNull();
    for (const junk of [null, "", "not base64 !", Buffer.from("[1]").toString("base64"), "x".repeat(5000)]) {
      expect(await verifyAttemptSolution({ vault, clock }, junk)).toBeNull();
    }
  });
});
