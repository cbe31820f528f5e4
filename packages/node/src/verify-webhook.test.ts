import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { JetonSignatureError } from "./errors";
import { verifyWebhook } from "./verify-webhook";

const secret = `whsec_${Buffer.from("0123456789abcdef0123456789abcdef").toString("base64")}`;
const event = { id: "evt_1", type: "payment_request.succeeded", createdAt: "2026-11-27T00:00:00.000Z", data: { id: "pr_1" } };

function signed(body = JSON.stringify(event), at = new Date(), id = event.id, key = secret) {
  const signature = new Webhook(key).sign(id, at, body);
  return { body, headers: { "webhook-id": id, "webhook-timestamp": String(Math.floor(at.getTime() / 1000)), "webhook-signature": signature } };
}

function refusal(fn: () => unknown): JetonSignatureError {
  try {
    fn();
  } catch (error) {
    if (error instanceof JetonSignatureError) return error;
    throw error;
  }
  throw new Error("was accepted");
}

describe("verifyWebhook", () => {
  it("accepts a signed event, with plain or Fetch headers", () => {
    const { body, headers } = signed();
    expect(verifyWebhook(body, headers, secret)).toEqual(event);
    expect(verifyWebhook(Buffer.from(body), new Headers(headers), secret).id).toBe("evt_1");
    const upper = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toUpperCase(), v]));
    expect(verifyWebhook(body, upper, secret).type).toBe("payment_request.succeeded");
  });

  it("refuses a tampered body", () => {
    const { headers } = signed();
    expect(refusal(() => verifyWebhook(JSON.stringify({ ...event, data: { id: "pr_2" } }), headers, secret)).code).toBe("invalid_signature");
  });

  it("refuses another endpoint's secret and missing headers", () => {
    const other = `whsec_${Buffer.from("another-secret-another-secret-00").toString("base64")}`;
    const { body, headers } = signed(undefined, new Date(), event.id, other);
    expect(refusal(() => verifyWebhook(body, headers, secret)).code).toBe("invalid_signature");
    expect(refusal(() => verifyWebhook(body, {}, secret)).code).toBe("invalid_signature");
  });

  it("refuses a replay of an old delivery", () => {
    const { body, headers } = signed(undefined, new Date(Date.now() - 10 * 60_000));
    expect(refusal(() => verifyWebhook(body, headers, secret)).code).toBe("expired");
  });

  it("refuses a body that is not an event, or whose id is not the header's", () => {
    const notEvent = signed(JSON.stringify({ hello: 1 }));
    expect(refusal(() => verifyWebhook(notEvent.body, notEvent.headers, secret)).code).toBe("malformed");
    const swapped = signed(JSON.stringify({ ...event, id: "evt_other" }));
    expect(refusal(() => verifyWebhook(swapped.body, swapped.headers, secret)).code).toBe("malformed");
  });

  it("insists on a whsec_ secret", () => {
    const { body, headers } = signed();
    expect(() => verifyWebhook(body, headers, "sk_test_x")).toThrow(TypeError);
  });
});
