import { z } from "zod";
import { oneTimeCodeField } from "@/server/backoffice/form-atoms";

/** POST /login/second-factor/verify: the TOTP code, or a recovery code. */
export const secondFactorFields = z.object({ code: oneTimeCodeField });
