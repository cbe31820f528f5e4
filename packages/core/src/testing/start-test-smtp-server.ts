import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestSmtpServer {
  /** smtp://127.0.0.1:<port> */
  url: string;
  /** Every message accepted so far, parsed. */
  received: ParsedMail[];
  /** The next `count` messages are refused with a temporary 451 (then the server accepts again). */
  refuseNext(count: number): void;
  /** Resolves once `count` messages have been accepted. */
  waitFor(count: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** Tests only: a real SMTP server on a free port (smtp-server), parsing each message with mailparser. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ParsedMail[] = [];
  let refusals = 0;
  const waiters: { count: number; resolve: () => void }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (refusals > 0) {
        refusals -= 1;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("Try again later"), { responseCode: 451 })));
        return;
      }
      // keepCidLinks: the HTML as sent (`cid:` references), not rewritten to data: URLs.
      simpleParser(stream, { keepCidLinks: true })
        .then((mail) => {
          received.push(mail);
          for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext(count) {
      refusals = count;
    },
    waitFor(count) {
      if (received.length >= count) return Promise.resolve(received);
      return new Promise((resolve) => waiters.push({ count, resolve: () => resolve(received) }));
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
