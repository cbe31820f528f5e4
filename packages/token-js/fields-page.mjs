// The HTML of a Fields frame page (/v1/fields/<type>). Plain JS so that the
// platform's route and this package's size check render the very same bytes.
// Everything interpolated is escaped; the page holds no merchant text (label,
// placeholder and style arrive in the URL fragment and are set through the DOM).

/** @type {Record<string, string>} */
const inputs = {
  number: 'inputmode="numeric" autocomplete="cc-number" dir="ltr" maxlength="23"',
  expiry: 'inputmode="numeric" autocomplete="cc-exp" dir="ltr" maxlength="7"',
  cvc: 'inputmode="numeric" autocomplete="cc-csc" dir="ltr" maxlength="4"',
  holder: 'autocomplete="cc-name" dir="auto" maxlength="100"',
};

export const fieldPageTypes = Object.keys(inputs);

/** @param {string} value */
function escape(value) {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Placeholder declarations follow custom properties the frame sets from the merchant's validated style. */
const placeholder = ["font-family", "font-size", "font-weight", "letter-spacing"].map((p) => `${p}:var(--ph-${p})`).join(";");
const css =
  "html,body{margin:0;padding:0;background:0 0;overflow:hidden}" +
  "input{display:block;box-sizing:border-box;width:100%;margin:0;border:0;outline:0;background:0 0;font:16px/1.4 system-ui,sans-serif;padding:.5em 0;color:inherit}" +
  "[dir=rtl] input{text-align:right}" +
  `input::placeholder{opacity:1;color:var(--ph-color,#6b6b6b);${placeholder}}` +
  ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}";

/**
 * The page of a field, or (with `refused`) a page without input that says in
 * the merchant page's console why it will not work.
 * @param {{ type: string, nonce: string, origins: string[], messages?: Record<string, string>, refused?: string | undefined, scriptSrc: string }} options
 * @returns {string}
 */
export function renderFieldPage({ type, nonce, origins, messages = {}, refused, scriptSrc }) {
  const n = escape(nonce);
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jeton card field</title>`;
  if (refused) {
    // "*": the embedding page's origin is exactly what could not be trusted; the message holds only the reason.
    const reason = JSON.stringify(refused).replace(/</g, "\\u003c");
    return (
      `${head}</head><body><script nonce="${n}">var m=${reason};console.error("Jeton Fields: "+m);` +
      `parent.postMessage({type:"jeton-fields:refused",message:m},"*")</script></body></html>`
    );
  }
  return (
    `${head}<style nonce="${n}">${css}</style></head>` +
    // Data, not script (CSP lets it be): the key's origins (for fonts) and the card messages of the page's language.
    `<body data-type="${escape(type)}"><script type="application/json" id="c">${JSON.stringify({ origins, messages }).replace(/</g, "\\u003c")}</script>` +
    `<label id="l" for="i" class="sr"></label><input id="i" type="text" spellcheck="false" aria-describedby="e" ${inputs[type]}>` +
    `<p id="e" class="sr" aria-live="polite"></p><script nonce="${n}" src="${escape(scriptSrc)}"></script></body></html>`
  );
}
