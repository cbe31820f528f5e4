import type { ReactNode } from "react";

/** One term and its value in a section's figures (`<dl className="bo-figures">`). */
export function Figure({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}
