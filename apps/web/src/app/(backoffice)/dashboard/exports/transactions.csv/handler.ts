import { isAppError, recordAuditEntry, streamTransactionsCsv } from "@jeton/core";
import { authenticateStaff, type StaffIdentity } from "@/server/backoffice/authenticate-staff";
import { readStaffCookie } from "@/server/backoffice/staff-session";
import type { AppContext } from "@/server/context";
import { clientIp } from "@/server/http/client-ip";
import { parseBody } from "@/server/http/parse-body";
import { exportTransactionsQuery } from "./schema";
import { seeOther } from "@/server/http/see-other";

/** Lines are sent in chunks of about this size rather than one by one. */
const CHUNK_BYTES = 32 * 1024;

// GET /dashboard/exports/transactions.csv?from=YYYY-MM-DD&to=YYYY-MM-DD – the payments of a date range
// (UTC days, both included) as CSV, streamed; every role may export, and every export is audited.
export async function handleExportTransactions(request: Request, context: AppContext): Promise<Response> {
  const staff = await authenticateStaff(context, readStaffCookie(request.headers.get("cookie")));
  if (!staff) return seeOther(context, "/login?reason=session");
  const audit = (outcome: "success" | "failure", details: Record<string, unknown>) =>
    recordAuditEntry(context, {
      merchantId: staff.merchantId,
      userId: staff.userId,
      actorEmail: staff.email,
      action: "export.transactions",
      targetType: "transactions",
      targetId: null,
      mode: staff.mode,
      outcome,
      ip: clientIp(request, context.config),
      userAgent: request.headers.get("user-agent"),
      details,
    });

  const url = new URL(request.url);
  let range;
  try {
    range = parseBody(exportTransactionsQuery, { from: url.searchParams.get("from") ?? undefined, to: url.searchParams.get("to") ?? undefined });
  } catch (error) {
    if (!isAppError(error)) throw error;
    await audit("failure", { error: error.code, from: url.searchParams.get("from")?.slice(0, 20), to: url.searchParams.get("to")?.slice(0, 20) });
    const back = new URLSearchParams({ error: error.code, ...(error.param ? { param: error.param } : {}) });
    for (const name of ["from", "to"]) back.set(name, url.searchParams.get(name)?.slice(0, 20) ?? "");
    return seeOther(context, `/dashboard/exports?${back}`);
  }
  await audit("success", { from: range.from, to: range.to });
  return new Response(csvBody(context, staff, range), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="jeton-transactions-${staff.mode}-${range.from}_${range.to}.csv"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * The CSV as a pull stream over core's generator: a batch of rows is read
 * only when the client has taken the previous chunk, so memory stays flat
 * however long the range (and a client that goes away stops the reads).
 */
function csvBody(context: AppContext, staff: StaffIdentity, range: { createdFrom: Date; createdTo: Date }): ReadableStream<Uint8Array> {
  const lines = streamTransactionsCsv(context, { merchantId: staff.merchantId, mode: staff.mode, ...range });
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        let chunk = "";
        while (chunk.length < CHUNK_BYTES) {
          const next = await lines.next();
          if (next.done) {
            if (chunk) controller.enqueue(encoder.encode(chunk));
            controller.close();
            return;
          }
          chunk += next.value;
        }
        controller.enqueue(encoder.encode(chunk));
      } catch (error) {
        // Headers are gone already: the download ends short, and the log says why.
        context.logger.error({ err: error, merchantId: staff.merchantId }, "transactions export failed");
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
