import { z } from "zod";
import { oneTimeCodeField } from "@/server/backoffice/form-atoms";

/** POST /login/enrol/confirm: the first TOTP code of the authenticator app just set up. */
export const confirmEnrolmentFields = z.object({ code: oneTimeCodeField });
