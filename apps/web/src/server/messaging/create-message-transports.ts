import { createHttpJsonSmsProvider, createSmtpTransport, MessageSendError, type MessageTransports } from "@jeton/core";
import type { PlatformConfig } from "@jeton/config";
import type { Logger } from "pino";

const notConfigured = {
  async send(): Promise<void> {
    throw new MessageSendError("not_configured", true);
  },
};

/**
 * The platform's transports, from its configuration: SMTP (nodemailer) for
 * email, and the configured SMS provider. Without JETON_SMTP_URL (or an SMS
 * provider) messages fail as `not_configured` rather than vanish.
 */
export function createMessageTransports(config: PlatformConfig["messaging"], logger: Logger): MessageTransports {
  const email = config.smtp
    ? createSmtpTransport({ url: config.smtp.url, from: config.smtp.from, requireTls: config.smtp.requireTls, allowInvalidCertificates: config.smtp.allowInvalidCertificates })
    : notConfigured;
  const { sms } = config;
  return {
    email,
    sms:
      sms.provider === "http"
        ? createHttpJsonSmsProvider({ url: sms.url, authHeader: sms.authHeader, bodyTemplate: sms.bodyTemplate })
        : sms.provider === "dev"
          ? {
              // The development provider: the SMS is written to the log, nothing leaves the machine.
              async send(message) {
                logger.info({ to: message.to, text: message.text, reference: message.messageId }, "SMS (development provider, not sent)");
              },
            }
          : notConfigured,
  };
}
