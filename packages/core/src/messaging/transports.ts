import type { Transporter } from "nodemailer";

/** One email, rendered: an HTML part and a plain-text part, with its stable Message-ID. */
export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** `<msg_…@host>`: the same on every attempt of the same message. */
  messageId: string;
  /** Right-to-left for Arabic: the HTML carries dir="rtl"; this sets Content-Language. */
  locale: string;
  /** Images the HTML shows by `cid:` (the merchant's logo), sent inline in the message. */
  inlineImages?: InlineImage[] | undefined;
}

/** An image carried inside the email (multipart/related), shown by `<img src="cid:{cid}">`. */
export interface InlineImage {
  cid: string;
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>;
}

/** One SMS, rendered as plain text. */
export interface OutgoingSms {
  /** E.164, e.g. +33612345678 */
  to: string;
  text: string;
  /** The outbox row's stable id, for a provider that can deduplicate (sent as `reference`). */
  messageId: string;
}

/**
 * What a real SMS provider implements to plug in: send one message, resolve
 * when the provider has accepted it, throw a `MessageSendError` (or any error:
 * it is then treated as a connection failure and retried) when it has not.
 */
export interface SmsProvider {
  send(sms: OutgoingSms): Promise<void>;
}

export interface MessageTransports {
  email: EmailTransport;
  sms: SmsProvider;
}

/**
 * A failed send, classified. `permanent` failures are not retried (a
 * recipient the server refuses with a 5xx); the others are, with backoff.
 * The class is what the outbox keeps: never the server's reply text.
 */
export class MessageSendError extends Error {
  constructor(
    readonly errorClass: "connection_failed" | "timeout" | "tls_error" | "temporary" | "rejected" | "provider_error" | "not_configured",
    readonly permanent: boolean,
  ) {
    super(errorClass);
  }
}

export function classifySmtpError(error: unknown): MessageSendError {
  if (error instanceof MessageSendError) return error;
  const { responseCode, code } = (error ?? {}) as { responseCode?: unknown; code?: unknown };
  if (typeof responseCode === "number") {
    return responseCode >= 500 ? new MessageSendError("rejected", true) : new MessageSendError("temporary", false);
  }
  if (code === "ETIMEDOUT" || code === "ETIMEOUT") return new MessageSendError("timeout", false);
  if (code === "ETLS" || (typeof code === "string" && /CERT|TLS|SSL/.test(code))) return new MessageSendError("tls_error", false);
  return new MessageSendError("connection_failed", false);
}

export interface SmtpTransportOptions {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://…:465 (TLS from the start). */
  url: string;
  /** The From header, e.g. `Jeton <no-reply@pay.example>`. */
  from: string;
  /** Refuse to send without TLS (STARTTLS must succeed). */
  requireTls?: boolean;
  /** Accept a certificate that does not verify: a local catcher only, never production. */
  allowInvalidCertificates?: boolean;
  timeoutMs?: number;
}

/** Email over SMTP with nodemailer: one pooled transport per process. */
export function createSmtpTransport({ url, from, requireTls = false, allowInvalidCertificates = false, timeoutMs = 15_000 }: SmtpTransportOptions): EmailTransport & { close(): void } {
  // nodemailer is loaded on the first send, not by every process that imports core.
  let transporter: Promise<Transporter> | undefined;
  const connect = () =>
    (transporter ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport(url, {
        from,
        requireTLS: requireTls,
        tls: { rejectUnauthorized: !allowInvalidCertificates },
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
      } as never),
    ));
  return {
    async send(email) {
      try {
        await (await connect()).sendMail({
          from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          messageId: email.messageId,
          attachments: email.inlineImages?.map(({ cid, filename, contentType, content }) => ({ cid, filename, contentType, content, contentDisposition: "inline" as const })),
          headers: { "Content-Language": email.locale, "Auto-Submitted": "auto-generated" },
        });
      } catch (error) {
        throw classifySmtpError(error);
      }
    },
    close() {
      void transporter?.then((t) => t.close());
    },
  };
}

export interface HttpJsonSmsOptions {
  /** The provider's endpoint; the message is POSTed there as JSON. */
  url: string;
  /** A whole header line, e.g. `Authorization: Bearer abc` or `X-Api-Key: abc`. */
  authHeader?: string | undefined;
  /**
   * The JSON body, with `{{to}}`, `{{text}}` and `{{reference}}` replaced by
   * the JSON-escaped values, e.g. `{"to":"{{to}}","message":"{{text}}"}`.
   */
  bodyTemplate?: string | undefined;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_SMS_BODY_TEMPLATE = '{"to":"{{to}}","text":"{{text}}","reference":"{{reference}}"}';

/** Fills a body template: each value is JSON-escaped, so a message cannot break out of its string. */
export function fillSmsBodyTemplate(template: string, sms: OutgoingSms): string {
  const values: Record<string, string> = { to: sms.to, text: sms.text, reference: sms.messageId };
  const body = template.replace(/\{\{(to|text|reference)\}\}/g, (_, name: string) => JSON.stringify(values[name]).slice(1, -1));
  JSON.parse(body); // a template that is not JSON once filled is a configuration error: fail loudly
  return body;
}

/** A generic SMS provider: POSTs the filled JSON template; a 2xx is accepted, a 4xx rejected (not retried), the rest retried. */
export function createHttpJsonSmsProvider({ url, authHeader, bodyTemplate = DEFAULT_SMS_BODY_TEMPLATE, timeoutMs = 10_000, fetch: doFetch = fetch }: HttpJsonSmsOptions): SmsProvider {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authHeader) {
    const colon = authHeader.indexOf(":");
    if (colon <= 0) throw new Error("the SMS auth header must read `Name: value`");
    headers[authHeader.slice(0, colon).trim()] = authHeader.slice(colon + 1).trim();
  }
  return {
    async send(sms) {
      let response: Response;
      try {
        response = await doFetch(url, { method: "POST", headers, body: fillSmsBodyTemplate(bodyTemplate, sms), signal: AbortSignal.timeout(timeoutMs), redirect: "manual" });
        await response.arrayBuffer();
      } catch (error) {
        throw new MessageSendError((error as Error).name === "TimeoutError" ? "timeout" : "connection_failed", false);
      }
      if (response.status >= 200 && response.status < 300) return;
      if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new MessageSendError("rejected", true);
      throw new MessageSendError("provider_error", false);
    },
  };
}

/** The development provider: sends nothing, keeps every SMS (in memory) for whoever wants to look. */
export function createRecordingSmsProvider(): SmsProvider & { sent: OutgoingSms[] } {
  const sent: OutgoingSms[] = [];
  return {
    sent,
    async send(sms) {
      sent.push(sms);
    },
  };
}

/** An email transport that keeps what it is given (tests, and a platform with no SMTP configured). */
export function createRecordingEmailTransport(): EmailTransport & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    async send(email) {
      sent.push(email);
    },
  };
}
