"use client";

import { useState } from "react";

/*
 * The API's metadata limits, as hints to the browser (maxLength, the add
 * button). The route checks the rows again with the API's own zod atom
 * (metadataInput, through the form's schema.ts), which has the last word.
 */
const MAX_KEYS = 50;
const KEY_MAX = 40;
const VALUE_MAX = 500;

type Row = { id: number; key: string; value: string };

/**
 * Description and metadata fields of a back-office form: a description, and
 * key/value rows to add and remove, sent as `metadataKey` / `metadataValue`
 * pairs in order (formObject gathers them into `metadata`). Without
 * JavaScript the rows given plus one empty row are there to fill in.
 * `invalid` is the field the last post was refused for (`?param=`): that
 * field is marked and the reason shown beside it.
 */
export function MetadataEditor({ idPrefix, invalid }: { idPrefix: string; invalid?: string | null | undefined }) {
  const [rows, setRows] = useState<Row[]>([{ id: 0, key: "", value: "" }]);
  const [nextId, setNextId] = useState(1);
  const badRow = invalid?.startsWith("metadata[") ? invalid.slice("metadata[".length, -1) : null;
  const update = (id: number, change: Partial<Row>) => setRows((current) => current.map((row) => (row.id === id ? { ...row, ...change } : row)));
  return (
    <>
      <div className="bo-field">
        <label htmlFor={`${idPrefix}-description`}>Description (optional)</label>
        <textarea
          id={`${idPrefix}-description`}
          name="description"
          maxLength={500}
          rows={2}
          aria-invalid={invalid === "description" || undefined}
          aria-describedby={invalid === "description" ? `${idPrefix}-description-error` : undefined}
        />
        {invalid === "description" ? (
          <p id={`${idPrefix}-description-error`} className="bo-error-text">
            At most 500 characters.
          </p>
        ) : null}
      </div>
      <fieldset className="bo-field" data-testid={`${idPrefix}-metadata`}>
        <legend>Metadata (optional)</legend>
        <p className="bo-hint" id={`${idPrefix}-metadata-hint`}>
          Your own key → value pairs, returned by the API and usable as list filters: up to {MAX_KEYS} keys of 1–{KEY_MAX} characters, values up to {VALUE_MAX}.
        </p>
        {invalid === "metadata" || badRow !== null ? (
          <p className="bo-error-text" role="alert">
            {badRow === null ? `At most ${MAX_KEYS} keys.` : `The entry ${badRow === "" ? "without a key" : `“${badRow}”`} is not valid: a key of 1–${KEY_MAX} characters, given once, and a value up to ${VALUE_MAX}.`}
          </p>
        ) : null}
        {rows.map((row, index) => (
          <div key={row.id} className="bo-metadata-row">
            <label className="visually-hidden" htmlFor={`${idPrefix}-mk-${row.id}`}>
              Key {index + 1}
            </label>
            <input
              id={`${idPrefix}-mk-${row.id}`}
              name="metadataKey"
              placeholder="key"
              maxLength={KEY_MAX}
              size={16}
              value={row.key}
              onChange={(event) => update(row.id, { key: event.target.value })}
              aria-invalid={(badRow !== null && badRow === row.key.trim()) || undefined}
              aria-describedby={`${idPrefix}-metadata-hint`}
            />
            <label className="visually-hidden" htmlFor={`${idPrefix}-mv-${row.id}`}>
              Value {index + 1}
            </label>
            <input
              id={`${idPrefix}-mv-${row.id}`}
              name="metadataValue"
              placeholder="value"
              maxLength={VALUE_MAX}
              size={24}
              value={row.value}
              onChange={(event) => update(row.id, { value: event.target.value })}
            />
            <button type="button" onClick={() => setRows((current) => (current.length > 1 ? current.filter((item) => item.id !== row.id) : [{ id: row.id, key: "", value: "" }]))}>
              Remove<span className="visually-hidden"> entry {index + 1}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          disabled={rows.length >= MAX_KEYS}
          onClick={() => {
            setRows((current) => [...current, { id: nextId, key: "", value: "" }]);
            setNextId(nextId + 1);
          }}
        >
          Add metadata
        </button>
      </fieldset>
    </>
  );
}
