import { MAX_LOGO_BYTES, setMerchantLogo } from "@jeton/core";
import type { StaffMutationInput, StaffMutationOptions, StaffMutationOutcome } from "@/server/backoffice/staff-mutation";
import { parseBody } from "@/server/http/parse-body";
import { logoUploadFiles } from "./schema";

type Params = Record<string, never>;
export const uploadLogoOptions: StaffMutationOptions<Params> = {
  action: "settings.branding.logo_upload",
  role: "admin",
  // The logo's 200 KB plus the multipart envelope and the form's other fields; anything larger stops unread.
  maxBytes: MAX_LOGO_BYTES + 16 * 1024,
};

/** POST /dashboard/settings/branding/logo – upload the payment page logo (multipart, field `logo`). */
export async function uploadLogo({ context, staff, files }: StaffMutationInput<Params>): Promise<StaffMutationOutcome> {
  const { logo: file } = parseBody(logoUploadFiles, Object.fromEntries(files));
  const logo = await setMerchantLogo(context, staff.merchantId, { bytes: new Uint8Array(await file.arrayBuffer()), declaredType: file.type });
  return {
    redirect: "/dashboard/settings/branding",
    notice: "logo_uploaded",
    target: { type: "merchant", id: staff.merchantId },
    // The file's name is the uploader's free text: not worth keeping.
    details: { contentType: logo.contentType, bytes: logo.bytes, sha256: logo.sha256 },
    json: logo,
  };
}
