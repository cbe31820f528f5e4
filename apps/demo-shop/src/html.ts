/** Escapes text for HTML content and attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Tagged template that escapes every interpolated value unless it is already `Html`. */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

/** A value for an inline <script>: JSON with `<` escaped, so it can close no tag. */
export function scriptValue(value: unknown): Html {
  return new Html(JSON.stringify(value).replace(/</g, "\\u003c"));
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? "";
  values.forEach((value, i) => {
    const rendered = Array.isArray(value)
      ? value.map((v) => (v instanceof Html ? v.value : escapeHtml(v))).join("")
      : value instanceof Html
        ? value.value
        : escapeHtml(value ?? "");
    out += rendered + (strings[i + 1] ?? "");
  });
  return new Html(out);
}

export function layout(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Jeton demo shop</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 640px; margin: 2rem auto; padding: 0 1rem; color: #1d1d2b; line-height: 1.5; }
  header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 1px solid #ddd; margin-bottom: 1.5rem; }
  label { display: block; margin-top: .8rem; font-weight: 600; }
  input { font: inherit; padding: .5rem; width: 100%; box-sizing: border-box; border: 1px solid #999; border-radius: 6px; }
  input[type="checkbox"] { width: auto; }
  input[aria-invalid="true"] { border-color: #b00020; outline: 2px solid #b0002033; }
  .row { display: flex; gap: 1rem; } .row > div { flex: 1; }
  button { margin-top: 1.2rem; font: inherit; padding: .7rem 1.4rem; background: #3b3bd6; color: white; border: 0; border-radius: 6px; cursor: pointer; }
  [data-jeton-error] { color: #b00020; min-height: 1.5em; margin-top: .8rem; }
  .muted { color: #666; font-size: .9rem; }
  code { background: #f2f2f7; padding: .1rem .3rem; border-radius: 4px; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
</style>
</head>
<body>
<header><a href="/"><strong>Demo Shop</strong></a><span class="muted">a merchant site using Jeton</span></header>
${body}
</body>
</html>`.value;
}
