import { schema } from "@jeton/db";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { assertTransition, canTransition, isTerminal, transactionTransitions, type TransactionStatus } from "./transaction-state-machine";

// Written out by hand from SPEC §1, independently of the implementation's
// table: one row per "from", a column per "to" in this order.
const columns = [
  "requires_action",
  "authorized",
  "captured",
  "settled",
  "partially_refunded",
  "refunded",
  "canceled",
  "declined",
  "authentication_failed",
  "blocked",
  "expired",
] as const;
//                          req  auth capt sett part refu canc decl authf blck expd
const expected: Record<string, string> = {
  new:                     "1    1    0    0    0    0    0    1    1     1    0",
  requires_action:         "0    1    0    0    0    0    0    1    1     1    1",
  authorized:              "0    0    1    0    0    0    1    0    0     0    0",
  captured:                "0    0    0    1    0    0    1    0    0     0    0",
  settled:                 "0    0    0    0    1    1    0    0    0     0    0",
  partially_refunded:      "0    0    0    0    1    1    0    0    0     0    0",
  refunded:                "0    0    0    0    0    0    0    0    0     0    0",
  canceled:                "0    0    0    0    0    0    0    0    0     0    0",
  declined:                "0    0    0    0    0    0    0    0    0     0    0",
  authentication_failed:   "0    0    0    0    0    0    0    0    0     0    0",
  blocked:                 "0    0    0    0    0    0    0    0    0     0    0",
  expired:                 "0    0    0    0    0    0    0    0    0     0    0",
};
const terminal = new Set(["refunded", "canceled", "declined", "authentication_failed", "blocked", "expired"]);

function allowed(from: string, to: string): boolean {
  const flags = expected[from]!.trim().split(/\s+/);
  return flags[columns.indexOf(to as (typeof columns)[number])] === "1";
}

const froms = ["new", ...schema.transactionStatuses] as const;
const pairs = froms.flatMap((from) => schema.transactionStatuses.map((to) => [from, to] as const));

describe("transaction state machine", () => {
  it("covers exactly the statuses of the schema", () => {
    expect([...columns].sort()).toEqual([...schema.transactionStatuses].sort());
    expect(Object.keys(expected).sort()).toEqual([...froms].sort());
    expect(Object.keys(transactionTransitions).sort()).toEqual([...froms].sort());
    expect(pairs).toHaveLength(12 * 11);
  });

  it.each(pairs)("%s → %s matches the expectation table", (from, to) => {
    const ok = allowed(from, to);
    expect(canTransition(from, to)).toBe(ok);
    if (ok) {
      expect(() => assertTransition(from, to)).not.toThrow();
    } else {
      let thrown: unknown;
      try {
        assertTransition(from, to);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(AppError);
      expect((thrown as AppError).code).toBe("invalid_state_transition");
      expect((thrown as AppError).status).toBe(409);
      expect((thrown as AppError).message).toContain(from);
      expect((thrown as AppError).message).toContain(to);
    }
  });

  it.each(schema.transactionStatuses)("isTerminal(%s) matches the list of terminal statuses", (status) => {
    expect(isTerminal(status)).toBe(terminal.has(status));
  });

  it("refuses statuses that do not exist, including Object.prototype names", () => {
    for (const bogus of ["pending", "", "constructor", "__proto__", "toString", "hasOwnProperty"]) {
      expect(canTransition(bogus as TransactionStatus, "authorized")).toBe(false);
      expect(canTransition("authorized", bogus as TransactionStatus)).toBe(false);
      expect(() => assertTransition(bogus as TransactionStatus, "captured")).toThrow(AppError);
      expect(isTerminal(bogus as TransactionStatus)).toBe(false);
    }
  });
});
