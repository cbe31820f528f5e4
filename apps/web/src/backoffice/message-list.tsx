import type { MessageView } from "@jeton/core";
import { formatDateTime } from "./format-date-time";

const templateNames: Record<MessageView["template"], string> = {
  payment_request: "Payment request",
  reminder: "Reminder",
  receipt: "Receipt",
  refund_receipt: "Refund receipt",
  payment_confirmation: "Merchant confirmation",
  daily_digest: "Daily digest",
};

/** What was sent about a payment request, and when: each message with its channel, status and time. */
export function MessageList({ messages }: { messages: MessageView[] }) {
  if (messages.length === 0) return <p className="bo-hint">No message was sent about it.</p>;
  return (
    <table data-testid="message-list">
      <thead>
        <tr>
          <th scope="col">Message</th>
          <th scope="col">Channel</th>
          <th scope="col">To</th>
          <th scope="col">Status</th>
          <th scope="col">Queued</th>
          <th scope="col">Sent</th>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <tr key={message.id}>
            <td>
              {templateNames[message.template]}
              {message.reminderStep ? ` ${message.reminderStep}` : null}
            </td>
            <td>{message.channel === "email" ? "Email" : "SMS"}</td>
            <td>{message.recipient}</td>
            <td data-testid="message-status">
              {message.status}
              {message.errorClass ? ` (${message.errorClass.replace(/_/g, " ")}, ${message.attempts} attempts)` : null}
            </td>
            <td>{formatDateTime(message.createdAt)}</td>
            <td>{message.sentAt ? formatDateTime(message.sentAt) : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
