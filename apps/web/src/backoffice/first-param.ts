/** A page's search parameter once: Next gives an array when it is repeated; the first one counts. */
export const firstParam = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
