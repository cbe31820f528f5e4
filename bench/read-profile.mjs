// Summarises CPU profiles written by `BENCH_CPU_PROF=1 npm run bench` (node --cpu-prof):
// self time by where the code lives (package, node internals, the project's own folders)
// and the hottest functions. Usage: node bench/read-profile.mjs [bench/.output/profiles/*.cpuprofile]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const dir = "bench/.output/profiles";
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(dir, f));

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

const byPlace = new Map();
const byFunction = new Map();
let total = 0;
for (const file of files) {
  const profile = JSON.parse(readFileSync(file, "utf8"));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  for (const [id, time] of self) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === "(idle)") continue;
    total += time;
    const place = where(callFrame.url, callFrame.functionName);
    byPlace.set(place, (byPlace.get(place) ?? 0) + time);
    const fn = `${callFrame.functionName || "(anonymous)"} ${callFrame.url.split("/").slice(-2).join("/")}:${callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + time);
  }
}
const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
console.log(`${files.length} profile(s), ${(total / 1e6).toFixed(1)} s of busy CPU\n\nself time by place:`);
for (const [place, time] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`  ${pct(time)}  ${place}`);
console.log("\nhottest functions (self time):");
for (const [fn, time] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${pct(time)}  ${fn}`);
