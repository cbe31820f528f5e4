import { Figure } from "./payment-detail/figure";

/** An object's description and metadata, as the merchant gave them through the API. */
export function MetadataSection({ description, metadata }: { description: string | null; metadata: Record<string, string> }) {
  const entries = Object.entries(metadata);
  return (
    <section className="bo-card" aria-labelledby="metadata">
      <h2 id="metadata">Description and metadata</h2>
      <dl className="bo-figures" data-testid="metadata">
        <Figure term="Description">{description ?? <span className="bo-hint">none</span>}</Figure>
        {entries.map(([key, value]) => (
          <Figure key={key} term={key}>
            {value}
          </Figure>
        ))}
      </dl>
      {entries.length === 0 ? <p className="bo-hint">No metadata.</p> : null}
    </section>
  );
}

/** Metadata in a table cell or a list row: `key: value` lines, or "none". */
export function MetadataList({ metadata }: { metadata: Record<string, string> }) {
  const entries = Object.entries(metadata);
  if (entries.length === 0) return <span className="bo-hint">none</span>;
  return (
    <ul className="bo-plain-list">
      {entries.map(([key, value]) => (
        <li key={key}>
          <code>{key}</code>: {value}
        </li>
      ))}
    </ul>
  );
}
