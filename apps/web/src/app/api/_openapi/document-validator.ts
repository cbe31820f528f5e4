import { Ajv2020 } from "ajv/dist/2020.js";
import type { OpenApiDocument } from "./build-openapi-document";

export type ValidationErrors = { path: string; message: string }[];

/** `/api/v1/things/{id}` → `~1api~1v1~1things~1{id}`: one JSON Pointer segment. */
const pointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/**
 * Validates bodies against the OpenAPI document itself, with a JSON Schema
 * 2020-12 validator (ajv): the schemas are read where a client reads them, in
 * the document, with their `$ref`s into `components`. `formats` are not
 * checked (the date-times carry their own pattern).
 */
export function documentValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  ajv.addSchema(document as object, "openapi");
  const check = (location: string, value: unknown): ValidationErrors => {
    const validate = ajv.getSchema(`openapi#${location}`);
    if (!validate) throw new Error(`No schema at ${location}`);
    return validate(value) ? [] : (validate.errors ?? []).map((error) => ({ path: error.instancePath, message: `${error.message ?? ""} ${JSON.stringify(error.params)}` }));
  };
  return {
    /** The body of a response of an operation, against that status's schema (404 etc. use the operation's error schema). */
    response(method: string, path: string, status: number, body: unknown, contentType = "application/json"): ValidationErrors {
      return check(`/paths/${pointer(path)}/${method.toLowerCase()}/responses/${status}/content/${pointer(contentType)}/schema`, body);
    },
    /** A named component (`Transaction`, `Error`, …). */
    component(name: string, value: unknown): ValidationErrors {
      return check(`/components/schemas/${name}`, value);
    },
    /** The payload of a webhook event type. */
    webhook(type: string, value: unknown): ValidationErrors {
      return check(`/webhooks/${pointer(type)}/post/requestBody/content/application~1json/schema`, value);
    },
  };
}
