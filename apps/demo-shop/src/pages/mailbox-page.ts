import { html, layout } from "../html";
import type { CaughtEmail, Mailbox } from "../mailbox";

/** Every email and SMS the platform sent while the demo ran, newest first. */
export function mailboxPage(mailbox: Mailbox): string {
  const items = [...mailbox.emails, ...mailbox.sms].sort((a, b) => b.n - a.n);
  return layout(
    "Mailbox",
    html`<h1>Mailbox</h1>
<p class="muted">Every email (caught by the demo's SMTP server) and SMS (posted by Jeton's HTTP SMS provider) sent while the demo runs. Nothing leaves this machine.</p>
${items.length === 0 ? html`<p>No message yet. Create a payment link with an email in the back-office, or pay an order: its receipt lands here.</p>` : ""}
<ul data-testid="mailbox">
${items.map((item) =>
  item.kind === "email"
    ? html`<li><a href="/mailbox/${item.n}">${item.subject}</a> <span class="muted">email to ${item.to}, ${item.receivedAt}${item.copies > 1 ? ` (received ${item.copies} times, same Message-ID)` : ""}</span></li>`
    : html`<li><strong>SMS to ${item.to}</strong>: ${item.text} <span class="muted">${item.receivedAt}</span></li>`,
)}
</ul>`,
  );
}

/** One email: its headers, its HTML part in a sandboxed frame (no script, no access to this page), its text part. */
export function emailPage(email: CaughtEmail): string {
  return layout(
    email.subject,
    html`<p><a href="/mailbox">← Mailbox</a></p>
<h1 data-testid="email-subject">${email.subject}</h1>
<dl><dt>From</dt><dd>${email.from}</dd><dt>To</dt><dd>${email.to}</dd><dt>Message-ID</dt><dd><code>${email.messageId}</code></dd><dt>Received</dt><dd>${email.receivedAt}</dd></dl>
${email.html ? html`<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation" srcdoc="${email.html}" style="width:100%;height:640px;border:1px solid #ccc"></iframe>` : ""}
<h2>Plain-text part</h2>
<pre data-testid="email-text" style="white-space:pre-wrap">${email.text}</pre>`,
  );
}
