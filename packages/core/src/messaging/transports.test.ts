import { describe, expect, it } from "vitest";
import { checkSendTo } from "./send-to";
import { classifySmtpError, createHttpJsonSmsProvider, fillSmsBodyTemplate, MessageSendError } from "./transports";

const sms = { to: "+33612345678", text: 'Pay "now"\n{{to}} \\ é', messageId: "msg_1" };

describe("fillSmsBodyTemplate", () => {
  it("JSON-escapes each value, so a message cannot break out of its string or inject a placeholder", () => {
    const body = fillSmsBodyTemplate('{"dest":"{{to}}","msg":"{{text}}","ref":"{{reference}}"}', sms);
    expect(JSON.parse(body)).toEqual({ dest: "+33612345678", msg: sms.text, ref: "msg_1" });
  });
  it("refuses a template that is not JSON once filled", () => {
    expect(() => fillSmsBodyTemplate('{"to":{{to}}}', sms)).toThrow();
  });
});

describe("the HTTP JSON SMS provider", () => {
  const provider = (status: number, seen: { url?: string; init?: RequestInit } = {}) =>
    createHttpJsonSmsProvider({
      url: "https://sms.example/send",
      authHeader: "Authorization: Bearer abc",
      fetch: (async (url: string, init: RequestInit) => {
        seen.url = url;
        seen.init = init;
        return new Response("{}", { status });
      }) as unknown as typeof fetch,
    });

  it("posts the filled template with the auth header; a 2xx is accepted", async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    await provider(202, seen).send(sms);
    expect(seen.url).toBe("https://sms.example/send");
    expect((seen.init!.headers as Record<string, string>).Authorization).toBe("Bearer abc");
    expect(JSON.parse(seen.init!.body as string)).toEqual({ to: sms.to, text: sms.text, reference: "msg_1" });
  });
  it.each([
    [400, "rejected", true],
    [429, "provider_error", false],
    [503, "provider_error", false],
  ])("answers %i as %s (permanent: %s)", async (status, errorClass, permanent) => {
    await expect(provider(status).send(sms)).rejects.toMatchObject({ errorClass, permanent });
  });
  it("refuses an auth header that is not `Name: value`", () => {
    expect(() => createHttpJsonSmsProvider({ url: "https://sms.example", authHeader: "Bearer abc" })).toThrow(/Name: value/);
  });
});

describe("classifySmtpError", () => {
  it("tells permanent refusals (5xx) from temporary ones and network failures, keeping no reply text", () => {
    expect(classifySmtpError(Object.assign(new Error("550 no such user"), { responseCode: 550 }))).toMatchObject({ errorClass: "rejected", permanent: true });
    expect(classifySmtpError(Object.assign(new Error("451 later"), { responseCode: 451 }))).toMatchObject({ errorClass: "temporary", permanent: false });
    expect(classifySmtpError(Object.assign(new Error("x"), { code: "ECONNREFUSED" }))).toMatchObject({ errorClass: "connection_failed", permanent: false });
    expect(classifySmtpError(Object.assign(new Error("x"), { code: "ETIMEDOUT" }))).toMatchObject({ errorClass: "timeout" });
    const error = classifySmtpError(Object.assign(new Error("550 secret internal host"), { responseCode: 550 }));
    expect(error).toBeInstanceOf(MessageSendError);
    expect(error.message).toBe("rejected");
  });
});

describe("checkSendTo", () => {
  it("normalises an email and an E.164 number", () => {
    expect(checkSendTo({ email: " Ada@Example.COM ", phone: "+21620123456" })).toEqual({ email: "ada@example.com", phone: "+21620123456" });
  });
  it.each([
    [{ phone: "+1 555 0100" }, "sendTo[phone]"],
    [{ phone: "+999999999" }, "sendTo[phone]"],
    [{ phone: "33612345678" }, "sendTo[phone]"],
    [{ email: "a@" }, "sendTo[email]"],
    [{}, "sendTo"],
  ])("refuses %j naming %s", (sendTo, param) => {
    expect(() => checkSendTo(sendTo)).toThrow(expect.objectContaining({ code: "parameter_invalid", param }));
  });
});
