import { expect } from "vitest";

/**
 * Concurrent POSTs sent with one Idempotency-Key: exactly one ran; each other
 * one was refused while it ran (409 `idempotency_key_in_use`) or replayed its
 * answer. Returns the id the answers name (one object made).
 */
export async function expectOneIdempotentRun(responses: Response[], status = 201): Promise<string> {
  const bodies = (await Promise.all(responses.map((r) => r.json()))) as Array<{ id?: string; error?: { code: string } }>;
  expect(responses.filter((r) => r.status === status && r.headers.get("idempotent-replayed") === null)).toHaveLength(1);
  responses.forEach((response, i) => {
    if (response.status === 409) expect(bodies[i]!.error?.code).toBe("idempotency_key_in_use");
    else expect(response.status).toBe(status);
  });
  const ids = new Set(bodies.filter((b) => !b.error).map((b) => b.id));
  expect(ids.size).toBe(1);
  return [...ids][0]!;
}
