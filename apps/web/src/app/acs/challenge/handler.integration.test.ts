import {
  createId,
  createMerchant,
  decodeCRes,
  encodeCReq,
  performThreeDsLookup,
  readThreeDsOutcome,
  startThreeDsChallenge,
  type ChallengeWindowSize,
} from "@jeton/core";
import { schema } from "@jeton/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, type TestContext } from "@/server/testing/create-test-context";
import { handleAcsChallenge } from "./handler";
import { handleAcsVerify } from "./verify/handler";

const ORIGIN = "http://localhost:3000";
const NOTIFY = "https://pay.example/pay/three-ds/notify?pr=pr_1&x=a";
let ctx: TestContext;
let merchantId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  ({ merchantId } = await createMerchant(ctx, { name: "ACS shop" }));
});
afterAll(async () => {
  await ctx?.handle.close();
});

async function startChallenge(options: { notificationUrl?: string; windowSize?: ChallengeWindowSize } = {}) {
  const transactionId = createId("tx");
  await ctx.db.insert(schema.transactions).values({
    id: transactionId,
    merchantId,
    mode: "test",
    status: "requires_action",
    amount: 12345,
    currency: "TND",
    captureMode: "automatic",
    brand: "visa",
    bin: "400000",
    last4: "3220",
    expMonth: 12,
    expYear: 2034,
    fingerprint: "fp",
  });
  const ares = performThreeDsLookup({
    pan: "4000000000003220",
    brand: "visa",
    amount: 12345,
    currency: "TND",
    policy: { threeDsPolicy: "issuer", threshold: null, thresholdCurrency: null },
    acsUrl: `${ORIGIN}/acs/challenge`,
  });
  const started = await startThreeDsChallenge(ctx, {
    ares,
    transactionId,
    challengeWindowSize: options.windowSize ?? "05",
    notificationUrl: options.notificationUrl ?? NOTIFY,
  });
  return { transactionId, ares, creq: started.creq };
}

function form(fields: Record<string, string>, contentType = "application/x-www-form-urlencoded") {
  return { method: "POST", headers: { "content-type": contentType }, body: new URLSearchParams(fields).toString() };
}

function postChallenge(fields: Record<string, string>, query = "", contentType?: string) {
  return handleAcsChallenge(new Request(`${ORIGIN}/acs/challenge${query}`, form(fields, contentType)), ctx);
}

function postVerify(fields: Record<string, string>, query = "") {
  return handleAcsVerify(new Request(`${ORIGIN}/acs/challenge/verify${query}`, form(fields)), ctx);
}

/** Checks the headers every ACS page carries and returns the HTML and the CSP nonce. */
async function page(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(response.headers.get("referrer-policy")).toBe("no-referrer");
  const csp = response.headers.get("content-security-policy") ?? "";
  const nonce = /script-src 'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain(`style-src 'nonce-${nonce}'`);
  expect(csp).toContain("frame-ancestors 'self'");
  expect(csp).toContain("base-uri 'none'");
  expect(csp).not.toContain("unsafe");
  const html = await response.text();
  expect(html.startsWith("<!doctype html>")).toBe(true);
  // Every inline style or script carries this response's nonce, and there are no others.
  expect(html.match(/<(style|script)\b[^>]*>/g)?.every((tag) => tag.includes(`nonce="${nonce}"`))).toBe(true);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  expect(html).not.toMatch(/style="/);
  return { html, csp, nonce: nonce! };
}

function hiddenValue(html: string, name: string): string | undefined {
  return new RegExp(`<input type="hidden" name="${name}" value="([^"]*)">`).exec(html)?.[1];
}

describe("POST /acs/challenge", () => {
  it("renders the simulated bank's form for a fresh CReq", async () => {
    const { ares, creq } = await startChallenge();
    const { html, csp } = await page(await postChallenge({ creq }), 200);
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain("<title>Jeton Test Bank — verify your payment</title>");
    expect(html).toContain("<h1>Verify your payment</h1>");
    expect(html).toContain("simulated bank");
    expect(html).toMatch(/TND\s12\.345/); // 12345 millimes: TND has 3 decimals
    expect(html).toContain('<form method="post" action="/acs/challenge/verify?lang=en">');
    expect(hiddenValue(html, "acsTransId")).toBe(ares.acsTransID);
    expect(html).toContain('<label for="code">One-time code</label>');
    expect(html).toMatch(/<input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code" required/);
    expect(html).toContain('<button type="submit" name="action" value="verify">Verify</button>');
    expect(html).toMatch(/<button type="submit" name="action" value="cancel"[^>]*formnovalidate>Cancel<\/button>/);
    expect(html).toContain("Attempts left: 3");
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain("<script");
    expect(csp).toContain("form-action 'self' https://pay.example;");
  });

  it("lets the merchant page frame the bank's page only for an embedded checkout's notification route, never from a query parameter alone", async () => {
    const framing = async (notificationUrl: string) => {
      const { creq } = await startChallenge({ notificationUrl });
      const response = await postChallenge({ creq });
      const { csp } = await page(response, 200);
      return { ancestors: /frame-ancestors ([^;]*)/.exec(csp)?.[1], xFrameOptions: response.headers.get("x-frame-options") };
    };
    const evil = encodeURIComponent("https://evil.example");
    // The redirect page's challenge: only the platform's own challenge page frames the bank.
    expect(await framing(`${ORIGIN}/pay/three-ds?lang=en&surface=embed&origin=${evil}`)).toEqual({ ancestors: "'self'", xFrameOptions: "SAMEORIGIN" });
    expect(await framing(`${ORIGIN}/pay/pr_x/three-ds?origin=${evil}`)).toEqual({ ancestors: "'self'", xFrameOptions: "SAMEORIGIN" });
    // The Smart Form's and token.js's challenges sit in the merchant's page.
    const shop = encodeURIComponent("https://shop.example");
    expect(await framing(`${ORIGIN}/embed/pr_x/three-ds?lang=en&origin=${shop}`)).toEqual({ ancestors: "'self' https://shop.example", xFrameOptions: null });
    expect(await framing(`${ORIGIN}/three-ds/tx_x/notify?origin=${shop}&lang=en`)).toEqual({ ancestors: "'self' https://shop.example", xFrameOptions: null });
  });

  it("speaks French, and Arabic right to left; unknown languages fall back to English", async () => {
    const { creq } = await startChallenge();
    const fr = (await page(await postChallenge({ creq }, "?lang=fr"), 200)).html;
    expect(fr).toContain('<html lang="fr" dir="ltr">');
    expect(fr).toContain("Vérifiez votre paiement");
    expect(fr).toContain('action="/acs/challenge/verify?lang=fr"');
    const ar = (await page(await postChallenge({ creq }, "?lang=ar"), 200)).html;
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain("تحقق من عملية الدفع");
    const other = (await page(await postChallenge({ creq }, "?lang=de"), 200)).html;
    expect(other).toContain('<html lang="en" dir="ltr">');
  });

  it.each([
    ["no creq", {}],
    ["an empty creq", { creq: "" }],
    ["garbage", { creq: "%%%not-base64%%%" }],
    ["base64 of nonsense", { creq: Buffer.from("hello").toString("base64url") }],
    ["a CReq missing its window size", { creq: Buffer.from(JSON.stringify({ threeDSServerTransID: randomUUID(), acsTransID: randomUUID(), messageType: "CReq", messageVersion: "2.2.0" })).toString("base64url") }],
  ])("answers %s with a 400 page and no form", async (_label, fields: Record<string, string>) => {
    const { html } = await page(await postChallenge(fields), 400);
    expect(html).toContain("This verification request is not valid.");
    expect(html).not.toContain("<form");
    expect(html).not.toContain("<input");
  });

  it("refuses JSON and oversized bodies with a page, not a 500", async () => {
    const { creq } = await startChallenge();
    const json = await handleAcsChallenge(new Request(`${ORIGIN}/acs/challenge`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ creq }) }), ctx);
    expect((await page(json, 415)).html).not.toContain("<form");
    const big = await postChallenge({ creq, padding: "x".repeat(20_000) });
    expect((await page(big, 413)).html).not.toContain("<form");
  });

  it("unknown sessions and CReqs pairing ids of two sessions get a 404 page", async () => {
    const unknown = encodeCReq({ threeDSServerTransID: randomUUID(), acsTransID: randomUUID(), challengeWindowSize: "05" });
    expect((await page(await postChallenge({ creq: unknown }), 404)).html).toContain("not found");
    const a = await startChallenge();
    const b = await startChallenge();
    const mixed = encodeCReq({ threeDSServerTransID: a.ares.threeDSServerTransID, acsTransID: b.ares.acsTransID, challengeWindowSize: "05" });
    const { html } = await page(await postChallenge({ creq: mixed }), 404);
    expect(html).not.toContain("<form");
  });

  it("an expired challenge gets a clear 410 page with no form", async () => {
    const { creq, ares } = await startChallenge();
    ctx.clock.advance(10 * 60 * 1000);
    try {
      const { html } = await page(await postChallenge({ creq }), 410);
      expect(html).toContain("This verification has expired.");
      expect(html).not.toContain("<form");
      const verify = await page(await postVerify({ acsTransId: ares.acsTransID, code: "123456", action: "verify" }), 410);
      expect(verify.html).not.toContain("<form");
    } finally {
      ctx.clock.advance(-10 * 60 * 1000);
    }
  });

  it("carries threeDSSessionData through, and refuses one that is not base64url", async () => {
    const { creq, ares } = await startChallenge();
    const { html } = await page(await postChallenge({ creq, threeDSSessionData: "cHJfMTIz" }), 200);
    expect(hiddenValue(html, "threeDSSessionData")).toBe("cHJfMTIz");
    const done = await page(await postVerify({ acsTransId: ares.acsTransID, code: "123456", action: "verify", threeDSSessionData: "cHJfMTIz" }), 200);
    expect(hiddenValue(done.html, "threeDSSessionData")).toBe("cHJfMTIz");
    const evil = await page(await postChallenge({ creq, threeDSSessionData: '"><script>alert(1)</script>' }), 400);
    expect(evil.html).not.toContain("alert(1)");
  });
});

describe("POST /acs/challenge/verify", () => {
  it("a wrong code shows the form again with an alert, focus on the field and the attempts left", async () => {
    const { ares } = await startChallenge();
    const { html } = await page(await postVerify({ acsTransId: ares.acsTransID, code: "000000", action: "verify" }, "?lang=en"), 200);
    expect(html).toContain('<p id="code-error" class="error" role="alert">That code is incorrect. Attempts left: 2.</p>');
    expect(html).toMatch(/<input id="code"[^>]*autofocus[^>]*aria-describedby="code-error code-hint" aria-invalid="true">/);
    expect(hiddenValue(html, "acsTransId")).toBe(ares.acsTransID);
    expect(html).not.toContain("<script");
  });

  it("an empty code asks for the code without spending an attempt", async () => {
    const { ares } = await startChallenge();
    const { html } = await page(await postVerify({ acsTransId: ares.acsTransID, code: "  ", action: "verify" }), 200);
    expect(html).toContain("Enter the code you received.");
    const again = await page(await postVerify({ acsTransId: ares.acsTransID, code: "999999", action: "verify" }), 200);
    expect(again.html).toContain("Attempts left: 2.");
  });

  it("the right code auto-posts a decodable Y CRes to the notification URL, with a Continue button", async () => {
    const { ares, transactionId } = await startChallenge();
    // No action field: pressing Enter still verifies.
    const { html, csp, nonce } = await page(await postVerify({ acsTransId: ares.acsTransID, code: "123456" }), 200);
    expect(html).toContain("<h1>Payment verified</h1>");
    expect(html).toContain('<form id="cres-form" method="post" action="https://pay.example/pay/three-ds/notify?pr=pr_1&amp;x=a" target="_self">');
    expect(html).toContain('<button type="submit">Continue</button>');
    expect(html).toContain(`<script nonce="${nonce}">document.getElementById("cres-form").submit();</script>`);
    expect(csp).toContain("form-action 'self' https://pay.example;");
    const cres = decodeCRes(hiddenValue(html, "cres"));
    expect(cres).toMatchObject({ transStatus: "Y", threeDSServerTransID: ares.threeDSServerTransID, acsTransID: ares.acsTransID });
    const outcome = await readThreeDsOutcome(ctx, { threeDSServerTransID: cres.threeDSServerTransID });
    expect(outcome).toMatchObject({ transactionId, status: "Y" });
    // Answering again is refused with a page, not a second CRes.
    const again = await page(await postVerify({ acsTransId: ares.acsTransID, code: "123456", action: "verify" }), 409);
    expect(again.html).toContain("already complete");
    expect(again.html).not.toContain("<form");
  });

  it("three wrong codes auto-post an N CRes", async () => {
    const { ares } = await startChallenge();
    await postVerify({ acsTransId: ares.acsTransID, code: "1", action: "verify" });
    await postVerify({ acsTransId: ares.acsTransID, code: "2", action: "verify" });
    const { html } = await page(await postVerify({ acsTransId: ares.acsTransID, code: "3", action: "verify" }, "?lang=fr"), 200);
    expect(html).toContain("La vérification a échoué");
    expect(decodeCRes(hiddenValue(html, "cres"))).toMatchObject({ transStatus: "N" });
  });

  it("Cancel auto-posts an N CRes with challengeCancel 01, even with an empty code", async () => {
    const { ares } = await startChallenge();
    const { html } = await page(await postVerify({ acsTransId: ares.acsTransID, code: "", action: "cancel" }, "?lang=ar"), 200);
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain("تم إلغاء التحقق");
    expect(decodeCRes(hiddenValue(html, "cres"))).toMatchObject({ transStatus: "N", challengeCancel: "01" });
    expect((await readThreeDsOutcome(ctx, { threeDSServerTransID: ares.threeDSServerTransID })).status).toBe("canceled");
  });

  it("escapes the notification URL it echoes", async () => {
    const { ares } = await startChallenge({ notificationUrl: `${ORIGIN}/notify?q="><script>alert(1)</script>` });
    const { html, csp } = await page(await postVerify({ acsTransId: ares.acsTransID, code: "123456" }), 200);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).toContain("&quot;&gt;&lt;script&gt;");
    expect(csp).toContain(`form-action 'self' ${ORIGIN};`);
  });

  it("unknown, malformed or missing acsTransId and unknown actions get pages, never a 500", async () => {
    const { ares } = await startChallenge();
    expect((await page(await postVerify({ acsTransId: randomUUID(), code: "123456" }), 404)).html).not.toContain("<form");
    expect((await page(await postVerify({ acsTransId: "x' OR 1=1 --", code: "123456" }), 404)).html).not.toContain("<form");
    expect((await page(await postVerify({ code: "123456" }), 404)).html).not.toContain("<form");
    expect((await page(await postVerify({ acsTransId: ares.acsTransID, action: "approve" }), 400)).html).not.toContain("<form");
    expect((await page(await postVerify({ acsTransId: randomUUID(), action: "cancel" }), 404)).html).not.toContain("<form");
    expect(ctx.logs()).not.toContain("ACS page failed");
  });
});
