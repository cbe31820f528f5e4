// Summarises CPU profiles written by `BENCH_CPU_PROF=1 npm run bench` (node --cpu-prof):
// self time by where the code lives (package, node internals, the project's own folders),
// the hottest functions, and the inclusive time of the request's main steps.
// Usage: node bench/read-profile.mjs [--from=FUNCTION] [bench/.output/profiles/*.cpuprofile]
//   --from=handleCreateCardToken  ignores what the process did before it first ran FUNCTION
//                                 (start-up: module loading and compiling), so that only the load counts.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = "bench/.output/profiles";
const args = process.argv.slice(2);
const from = args.find((a) => a.startsWith("--from="))?.slice("--from=".length);
const given = args.filter((a) => !a.startsWith("--"));
const files = given.length > 0 ? given : readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f));

function where(url, name) {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] === "next" && /compiled/.test(url) ? "next (compiled deps)" : pkg[1];
  if (url.startsWith("node:")) return /http|net|stream|_http/.test(url) ? "node: http/net/streams" : "node: other";
  const own = /(apps\/web\/src\/[^/]+|packages\/[^/]+)/.exec(url);
  if (own) return own[1];
  if (url.includes(".next/")) return "next build (pages)";
  return "other";
}

/** Steps whose inclusive time (the function and everything it calls) is worth knowing. */
const STEPS = [
  "handleCreateCardToken",
  "handleCreateTransaction",
  "readJsonBody",
  "parseBody",
  "checkCardForToken",
  "sealCardToken",
  "tokenizeCard",
  "execute",
  "createTransaction",
  "startCardPayment",
  "authenticateApiKey",
  "respondIdempotently",
  "compressLikeNext",
  "errorResponse",
  "getRequestListener",
  "responseViaResponseObject",
  "newRequest",
  "sqlToQuery",
  "buildQueryFromSourceParams",
  "handle", // postgres.js: parsing the server's messages
  "write",
  "LOG",
  "info",
  "json",
  "(garbage collector)",
];

const byPlace = new Map();
const byFunction = new Map();
const inclusive = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackNames = (id) => {
    const names = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) names.add(nodes.get(at).callFrame.functionName);
    return names;
  };
  let counting = !from;
  for (let i = 0; i < profile.samples.length; i++) {
    const id = profile.samples[i];
    const dt = profile.timeDeltas[i] ?? 0;
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === "(idle)") continue;
    const names = stackNames(id);
    if (!counting && names.has(from)) counting = true;
    if (!counting) continue;
    total += dt;
    const place = where(callFrame.url, callFrame.functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + dt);
    const fn = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.split("/").slice(-2).join("/")}:${callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    for (const step of STEPS) if (names.has(step)) inclusive.set(step, (inclusive.get(step) ?? 0) + dt);
  }
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`${files.length} profile(s), ${(total / 1e6).toFixed(1)} s of busy CPU${from ? ` from the first ${from}` : ""}\n\nself time by place:`);
for (const [place, time] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${pct(time)}  ${place}`);
console.log("\nhottest functions (self time):");
for (const [fn, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${pct(time)}  ${fn}`);
console.log("\ninclusive time of named steps (any function of that name on the stack):");
for (const [step, time] of [...inclusive].sort((a, b) => b[1] - a[1])) console.log(`  ${pct(time)}  ${step}`);
