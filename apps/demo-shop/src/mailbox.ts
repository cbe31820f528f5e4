import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtEmail {
  kind: "email";
  n: number;
  messageId: string;
  from: string;
  to: string;
  subject: string;
  html: string | null;
  text: string;
  receivedAt: string;
  /** How many times this Message-ID arrived: a retry after a crash between sending and recording repeats it. */
  copies: number;
}

export interface CaughtSms {
  kind: "sms";
  n: number;
  to: string;
  text: string;
  reference: string;
  receivedAt: string;
}

/**
 * The demo's mail catcher and SMS receiver, kept in memory: an SMTP server
 * (smtp-server, parsed with mailparser) on loopback that accepts every message,
 * and the receiving end of the platform's generic HTTP JSON SMS provider. The
 * Mailbox page shows both. Nothing ever leaves the machine.
 */
export function createMailbox() {
  const emails: CaughtEmail[] = [];
  const sms: CaughtSms[] = [];
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const messageId = mail.messageId ?? `<anonymous-${counter}@mailbox>`;
          const known = emails.find((email) => email.messageId === messageId);
          if (known) known.copies += 1;
          else
            emails.push({
              kind: "email",
              n: ++counter,
              messageId,
              from: mail.from?.text ?? "",
              to: Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(", ") : (mail.to?.text ?? ""),
              subject: mail.subject ?? "",
              html: typeof mail.html === "string" ? mail.html : null,
              text: mail.text ?? "",
              receivedAt: new Date().toISOString(),
              copies: 1,
            });
          callback();
        })
        .catch(callback);
    },
  });
  return {
    emails,
    sms,
    listen(port: number, host: string): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once("error", reject);
        server.listen(port, host, () => resolve((server.server.address() as AddressInfo).port));
      });
    },
    /** The body the platform's HTTP JSON provider posts by default: { to, text, reference }. */
    recordSms(body: unknown): boolean {
      const { to, text, reference } = (body ?? {}) as Record<string, unknown>;
      if (typeof to !== "string" || typeof text !== "string") return false;
      sms.push({ kind: "sms", n: ++counter, to, text, reference: typeof reference === "string" ? reference : "", receivedAt: new Date().toISOString() });
      return true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Mailbox = ReturnType<typeof createMailbox>;
