"use client";

import { useEffect } from "react";

export type EmbedEvent = { type: "ready" } | { type: "resize"; height: number } | { type: "success" | "error" | "change"; detail?: Record<string, unknown> };

/**
 * Talks to the merchant page that frames the Smart Form, and only to it: the
 * target origin is the registered origin the page was opened for, never "*".
 * Sends `ready`, the document height on every change (token.js sizes the
 * iframe), and the outcome event of a ticket.
 */
export function EmbedBridge({ parentOrigin, outcome }: { parentOrigin: string; outcome?: EmbedEvent | undefined }) {
  useEffect(() => {
    if (window.parent === window) return;
    const send = (event: EmbedEvent) => window.parent.postMessage({ source: "jeton", ...event }, parentOrigin);
    send({ type: "ready" });
    if (outcome) send(outcome);
    let last = 0;
    const observer = new ResizeObserver(() => {
      const height = Math.ceil(document.documentElement.scrollHeight);
      if (height !== last) {
        last = height;
        send({ type: "resize", height });
      }
    });
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [parentOrigin, outcome]);
  return null;
}
