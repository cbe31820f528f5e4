import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const docs = ["README.md", ...readdirSync(path.join(root, "docs")).filter((file) => file.endsWith(".md")).map((file) => `docs/${file}`)];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutCode = markdown.replace(/```[\s\S]*?```/g, "");
  for (const [, heading] of withoutCode.matchAll(/^#{1,6}\s+(.+?)\s*#*$/gm)) {
    const slug = heading!
      .replace(/`/g, "")
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  for (const [, id] of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) result.add(id!);
  return result;
}

/** Every link target of a Markdown file, outside code blocks and inline code. */
function links(markdown: string): string[] {
  const text = markdown.replace(/```[\s\S]*?```/g, "").replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))+)>?(?:\s+"[^"]*")?\s*\)/g), ...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm), ...text.matchAll(/(?:href|src)="([^"]+)"/g)].map(
    (match) => match[1]!,
  );
}

describe("links in README.md and docs/", () => {
  it("finds the documents and their links", () => {
    expect(docs.length).toBeGreaterThan(10);
    expect(links("[a](docs/api.md#x) [p](app/(site)/page.tsx)\n[b]: ../out.md\n`[c](no.md)`")).toEqual(["docs/api.md#x", "app/(site)/page.tsx", "../out.md"]);
    expect([...anchors("# The API\n## Keys & modes\n## Keys & modes")]).toEqual(["the-api", "keys--modes", "keys--modes-1"]);
  });

  for (const file of docs) {
    it(`${file}: every relative link stays in the repository and reaches a file (and its heading)`, () => {
      const source = readFileSync(path.join(root, file), "utf8");
      const broken: string[] = [];
      for (const target of links(source)) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: — not a file of this repository
        const [pathPart, anchor] = target.split("#") as [string, string | undefined];
        const resolved = pathPart === "" ? path.join(root, file) : path.resolve(path.dirname(path.join(root, file)), decodeURIComponent(pathPart));
        if (path.relative(root, resolved).startsWith("..")) {
          broken.push(`${target}: leaves the repository`);
          continue;
        }
        if (!existsSync(resolved)) {
          broken.push(`${target}: no such file`);
          continue;
        }
        if (anchor && resolved.endsWith(".md") && statSync(resolved).isFile() && !anchors(readFileSync(resolved, "utf8")).has(anchor)) {
          broken.push(`${target}: no heading #${anchor}`);
        }
      }
      expect(broken).toEqual([]);
    });
  }
});
