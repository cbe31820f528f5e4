import { describe, expect, it } from "vitest";
import { readAuditQuery } from "./audit-query";

describe("readAuditQuery", () => {
  it("turns UTC days into a half-open range that includes the whole last day", () => {
    const { filters, invalid } = readAuditQuery({ from: "2030-02-01", to: "2030-02-28", outcome: "denied", action: " login ", user: "usr_x", after: "aud_y" });
    expect(invalid).toEqual([]);
    expect(filters).toEqual({
      limit: 50,
      action: "login",
      userId: "usr_x",
      outcome: "denied",
      createdFrom: new Date("2030-02-01T00:00:00Z"),
      createdTo: new Date("2030-03-01T00:00:00Z"),
      startingAfter: "aud_y",
    });
  });

  it("reports and ignores what it cannot read: impossible dates, unknown outcomes, an end before the start", () => {
    expect(readAuditQuery({ from: "2030-02-30", outcome: "maybe" })).toMatchObject({ invalid: ["outcome", "from"], filters: { limit: 50 } });
    expect(readAuditQuery({ from: "2030-02-10", to: "2030-02-01" })).toMatchObject({ invalid: ["to"], filters: { createdFrom: new Date("2030-02-10T00:00:00Z") } });
    expect(readAuditQuery({ to: "01/02/2030" }).invalid).toEqual(["to"]);
    expect(readAuditQuery({ action: ["a", "b"] }).filters.action).toBe("a");
  });
});
