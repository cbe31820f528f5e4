/** A settings form's own fields, without the wrapper's `csrf` and `back`, as an object for a zod schema. */
export function formObject(fields: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...fields].filter(([name]) => name !== "csrf" && name !== "back"));
}
