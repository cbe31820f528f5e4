import type { CSSProperties } from "react";
import { buildOpenApiDocument } from "@/app/api/_openapi/build-openapi-document";
import { schemaFields, type SchemaField } from "./schema-fields";

export const metadata = { title: "Jeton API reference", description: "Every endpoint of the Jeton merchant API" };

interface DocumentedOperation {
  operationId: string;
  tags: string[];
  summary: string;
  description?: string;
  security: Record<string, unknown>[];
  parameters?: { name: string; in: string; required: boolean; description?: string; schema: Record<string, unknown> }[];
  requestBody?: { content: { "application/json": { schema: Record<string, unknown>; example?: unknown } } };
  responses: Record<string, { description: string; content?: Record<string, { example?: unknown }>; "x-error-codes"?: string[] }>;
}

const cell: CSSProperties = { borderBottom: "1px solid #e2e2ea", padding: "0.35rem 0.6rem", textAlign: "left", verticalAlign: "top" };
const code: CSSProperties = { fontFamily: "ui-monospace, monospace", fontSize: "0.9em" };
const pre: CSSProperties = { background: "#f4f4f8", padding: "0.8rem", overflowX: "auto", fontSize: "0.85em" };
const methodColor: Record<string, string> = { get: "#1f6f43", post: "#1d4ed8", delete: "#b42318" };

/** Text with `code` spans, as the registry writes descriptions. */
function Prose({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <>
      {text.split(/`([^`]+)`/).map((part, index) => (index % 2 === 1 ? <code key={index} style={code}>{part}</code> : part))}
    </>
  );
}

function authLabel(security: Record<string, unknown>[]): string {
  const scheme = Object.keys(security[0] ?? {})[0];
  if (scheme === "secretKey") return "Secret key (sk_…)";
  if (scheme === "publishableKey") return "Publishable key (pk_…)";
  if (scheme === "clientSecret") return "The transaction's client secret (client_secret query parameter)";
  return "None (public)";
}

function FieldsTable({ fields, withLocation }: { fields: (SchemaField & { location?: string })[]; withLocation?: boolean }) {
  return (
    <table style={{ borderCollapse: "collapse", width: "100%", fontSize: "0.92em" }}>
      <thead>
        <tr>
          <th style={cell}>Name</th>
          {withLocation ? <th style={cell}>In</th> : null}
          <th style={cell}>Type</th>
          <th style={cell}>Required</th>
          <th style={cell}>Rules</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={`${field.location ?? ""}${field.name}`}>
            <td style={{ ...cell, ...code }}>{field.name}</td>
            {withLocation ? <td style={cell}>{field.location}</td> : null}
            <td style={{ ...cell, ...code }}>{field.type}</td>
            <td style={cell}>{field.required ? "yes" : "no"}</td>
            <td style={cell}>
              <Prose text={[...field.rules, field.description].filter(Boolean).join("; ")} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Operation({ method, path, operation }: { method: string; path: string; operation: DocumentedOperation }) {
  const parameters: (SchemaField & { location: string })[] = (operation.parameters ?? []).map((parameter) => ({
    ...schemaFields({ properties: { [parameter.name]: parameter.schema }, required: parameter.required ? [parameter.name] : [] })[0]!,
    location: parameter.in,
    ...(parameter.description ? { description: parameter.description } : {}),
  }));
  const body = operation.requestBody?.content["application/json"];
  const [successStatus, success] = Object.entries(operation.responses).find(([status]) => status.startsWith("2"))!;
  const example = success.content ? Object.values(success.content)[0]?.example : undefined;
  const errors = Object.entries(operation.responses).filter(([status]) => !status.startsWith("2"));
  return (
    <section id={operation.operationId} style={{ borderTop: "1px solid #d0d0dc", padding: "1rem 0" }}>
      <h3 style={{ margin: "0 0 0.3rem" }}>
        <span style={{ ...code, color: methodColor[method], marginRight: "0.6rem" }}>{method.toUpperCase()}</span>
        <span style={code}>{path}</span>
      </h3>
      <p style={{ margin: "0.2rem 0" }}>
        <strong>{operation.summary}.</strong> <Prose text={operation.description} />
      </p>
      <p style={{ margin: "0.2rem 0" }}>Authentication: {authLabel(operation.security)}</p>
      {parameters.length > 0 ? (
        <>
          <h4>Parameters</h4>
          <FieldsTable fields={parameters} withLocation />
        </>
      ) : null}
      {body ? (
        <>
          <h4>Body (JSON)</h4>
          <FieldsTable fields={schemaFields(body.schema)} />
          {body.example ? <pre style={pre}>{JSON.stringify(body.example, null, 2)}</pre> : null}
        </>
      ) : null}
      <h4>
        Response {successStatus}: {success.description}
      </h4>
      {example !== undefined ? <pre style={pre}>{JSON.stringify(example, null, 2)}</pre> : null}
      <h4>Errors</h4>
      <table style={{ borderCollapse: "collapse", fontSize: "0.92em" }}>
        <tbody>
          {errors.map(([status, response]) => (
            <tr key={status}>
              <td style={{ ...cell, ...code }}>{status}</td>
              <td style={{ ...cell, ...code }}>{(response["x-error-codes"] ?? []).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

// /docs/api – the API reference, rendered on the server from the same document as /api/v1/openapi.json.
export default function ApiReferencePage() {
  const document = buildOpenApiDocument();
  const byTag = new Map<string, { method: string; path: string; operation: DocumentedOperation }[]>();
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods as Record<string, DocumentedOperation>)) {
      const tag = operation.tags[0] ?? "Other";
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, operation }]);
    }
  }
  return (
    <main style={{ maxWidth: 960, margin: "2rem auto", padding: "0 1rem", lineHeight: 1.5 }}>
      <h1>Jeton API reference</h1>
      <p>
        <Prose text={document.info.description} />
      </p>
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Every POST made with a secret key
        accepts an <span style={code}>Idempotency-Key</span> header.
      </p>
      <nav>
        <ul>
          {[...byTag].map(([tag, entries]) => (
            <li key={tag}>
              {tag}:{" "}
              {entries.map(({ method, path, operation }, index) => (
                <span key={operation.operationId}>
                  {index > 0 ? ", " : ""}
                  <a href={`#${operation.operationId}`} style={code}>
                    {method.toUpperCase()} {path}
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </nav>
      {[...byTag].map(([tag, entries]) => (
        <div key={tag}>
          <h2>{tag}</h2>
          {entries.map((entry) => (
            <Operation key={entry.operation.operationId} {...entry} />
          ))}
        </div>
      ))}
    </main>
  );
}
