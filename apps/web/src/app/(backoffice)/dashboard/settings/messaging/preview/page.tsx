import { previewMessage, type MessageLocale, type MessageTemplate } from "@jeton/core";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireStaff } from "@/server/backoffice/require-staff";
import { previewTemplates } from "../preview-templates";

export const dynamic = "force-dynamic";

// GET /dashboard/settings/messaging/preview?template=…&locale=… – a template with your branding and sample figures.
export default async function MessagePreviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context, staff } = await requireStaff();
  const query = await searchParams;
  const entry = previewTemplates.find(([template]) => template === query.template);
  const locale = (["fr", "en", "ar"] as const).find((l) => l === query.locale);
  if (!entry || !locale) notFound();
  const preview = await previewMessage(context, staff.merchantId, entry[0] as MessageTemplate, locale as MessageLocale);
  return (
    <>
      <p>
        <Link href="/dashboard/settings/messaging">← Messaging</Link>
      </p>
      <h1>
        {entry[1]} ({locale})
      </h1>
      <p>
        <strong>Subject:</strong> <span data-testid="preview-subject">{preview.subject}</span>
      </p>
      {/* sandbox="" : the email's HTML runs no script and reaches nothing of the back-office. */}
      <iframe title={`${entry[1]} email, HTML part`} sandbox="" srcDoc={preview.html} style={{ width: "100%", height: "640px", border: "1px solid #d8dbe3" }} />
      <h2>Plain-text part</h2>
      <pre style={{ whiteSpace: "pre-wrap" }}>{preview.text}</pre>
      {preview.sms ? (
        <>
          <h2>SMS</h2>
          <pre style={{ whiteSpace: "pre-wrap" }}>{preview.sms}</pre>
        </>
      ) : null}
    </>
  );
}
