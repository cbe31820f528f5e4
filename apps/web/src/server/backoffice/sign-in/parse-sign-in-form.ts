import { isAppError } from "@jeton/core";
import type { z } from "zod";
import { parseBody } from "@/server/http/parse-body";
import { formObject } from "../form-object";

/**
 * A sign-in step's form through its schema.ts: the fields, or the path back
 * to the step's page naming the field at fault (`?error=parameter_invalid&param=code`),
 * as the back-office mutations name it.
 */
export function parseSignInForm<T extends z.ZodType>(schema: T, fields: URLSearchParams, page: string): { input: z.infer<T> } | { back: string } {
  try {
    return { input: parseBody(schema, formObject(fields)) };
  } catch (error) {
    const param = isAppError(error) && error.param ? `&param=${encodeURIComponent(error.param)}` : "";
    return { back: `${page}?error=parameter_invalid${param}` };
  }
}
