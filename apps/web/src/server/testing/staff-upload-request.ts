import type { AppContext } from "../context";
import type { TestStaff } from "./create-test-staff";
import { staffRequestHeaders } from "./staff-request-headers";

/**
 * Tests only: a back-office multipart post (a file upload) as the browser
 * sends it from a back-office page: same-origin, session cookie, CSRF field.
 * Override any header (or drop one with `null`) to forge a request.
 */
export function staffUploadRequest(
  context: Pick<AppContext, "config">,
  staff: Pick<TestStaff, "cookie" | "csrf"> | null,
  path: string,
  files: Record<string, { bytes: Uint8Array; name: string; type: string }>,
  fields: Record<string, string> = {},
  headers: Record<string, string | null> = {},
): Request {
  const form = new FormData();
  if (staff) form.set("csrf", staff.csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const [name, file] of Object.entries(files)) form.set(name, new File([new Uint8Array(file.bytes)], file.name, { type: file.type }));
  const sent = staffRequestHeaders(context, staff, headers);
  // The body's multipart boundary goes into the Content-Type that Request sets from the FormData.
  return new Request(new URL(path, context.config.publicUrl), { method: "POST", headers: sent, body: form });
}
