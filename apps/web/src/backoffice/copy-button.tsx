"use client";

import { useEffect, useState } from "react";

/**
 * Copies a text to the clipboard. Hidden until the page's script runs (and
 * when the clipboard API is missing), so there is never a button that does
 * nothing; the text itself stays on the page to select by hand.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [available, setAvailable] = useState(false);
  const [copied, setCopied] = useState(false);
  useEffect(() => setAvailable(typeof navigator !== "undefined" && Boolean(navigator.clipboard)), []);
  if (!available) return null;
  return (
    <>
      <button
        type="button"
        className="bo-secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        {label}
      </button>
      <span role="status" className="bo-hint">
        {copied ? " Copied." : ""}
      </span>
    </>
  );
}
