import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isIP } from "node:net";
import ipaddr from "ipaddr.js";

/**
 * IP address → country, from @ip-location-db/geo-whois-asn-country (CC0;
 * docs/risk.md). The package ships sorted, non-overlapping ranges as CSV;
 * they are read once per process into typed arrays and searched by
 * bisection: no query, no network.
 */
interface Ranges<T> {
  starts: T;
  ends: T;
  countries: string[];
}

const PACKAGE = "@ip-location-db/geo-whois-asn-country";
let ipv4: Ranges<Uint32Array> | null = null;
let ipv6: Ranges<BigUint64Array[]> | null = null;

function readCsv(file: string): string[][] {
  const require = createRequire(import.meta.url);
  const dir = require.resolve(`${PACKAGE}/package.json`).replace(/package\.json$/, "");
  return readFileSync(dir + file, "utf8")
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => line.split(","));
}

function loadIpv4(): Ranges<Uint32Array> {
  const rows = readCsv("geo-whois-asn-country-ipv4-num.csv");
  const starts = new Uint32Array(rows.length);
  const ends = new Uint32Array(rows.length);
  const countries: string[] = new Array(rows.length);
  rows.forEach(([start, end, country], i) => {
    starts[i] = Number(start);
    ends[i] = Number(end);
    countries[i] = country!.trim();
  });
  return { starts, ends, countries };
}

function loadIpv6(): Ranges<BigUint64Array[]> {
  const rows = readCsv("geo-whois-asn-country-ipv6-num.csv");
  // A 128-bit bound as two 64-bit halves.
  const split = (value: bigint) => [value >> 64n, value & 0xffffffffffffffffn] as const;
  const starts = [new BigUint64Array(rows.length), new BigUint64Array(rows.length)];
  const ends = [new BigUint64Array(rows.length), new BigUint64Array(rows.length)];
  const countries: string[] = new Array(rows.length);
  rows.forEach(([start, end, country], i) => {
    const [sh, sl] = split(BigInt(start!));
    const [eh, el] = split(BigInt(end!));
    starts[0]![i] = sh;
    starts[1]![i] = sl;
    ends[0]![i] = eh;
    ends[1]![i] = el;
    countries[i] = country!.trim();
  });
  return { starts, ends, countries };
}

function ipv4ToNumber(address: string): number {
  return address.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

function ipv6ToBigInt(address: string): bigint {
  let text = address;
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const n = ipv4ToNumber(v4[1]!);
    text = text.slice(0, -v4[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const missing = 8 - headParts.length - tailParts.length;
  const parts = tail === undefined ? headParts : [...headParts, ...new Array(missing).fill("0"), ...tailParts];
  return parts.reduce((acc, part) => (acc << 16n) + BigInt(parseInt(part || "0", 16)), 0n);
}

/** The last range whose start is ≤ the address, if the address is inside it. */
function bisect(count: number, startAtMost: (i: number) => boolean, endAtLeast: (i: number) => boolean): number {
  let low = 0;
  let high = count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >>> 1;
    if (startAtMost(mid)) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found >= 0 && endAtLeast(found) ? found : -1;
}

/** The ISO country of an address, or null (unknown, private, loopback, "unknown"). */
export function countryOfIp(address: string | null | undefined): string | null {
  if (!address) return null;
  const version = isIP(address);
  // Private, loopback, documentation… ranges have no country, whatever a registry file says of them.
  if (version === 0 || ipaddr.process(address).range() !== "unicast") return null;
  if (version === 4) {
    ipv4 ??= loadIpv4();
    const n = ipv4ToNumber(address);
    const { starts, ends, countries } = ipv4;
    const i = bisect(starts.length, (k) => starts[k]! <= n, (k) => ends[k]! >= n);
    return i >= 0 ? normalise(countries[i]!) : null;
  }
  if (version === 6) {
    ipv6 ??= loadIpv6();
    const n = ipv6ToBigInt(address);
    const hi = n >> 64n;
    const lo = n & 0xffffffffffffffffn;
    const { starts, ends, countries } = ipv6;
    const le = (h: bigint, l: bigint) => h < hi || (h === hi && l <= lo);
    const ge = (h: bigint, l: bigint) => h > hi || (h === hi && l >= lo);
    const i = bisect(countries.length, (k) => le(starts[0]![k]!, starts[1]![k]!), (k) => ge(ends[0]![k]!, ends[1]![k]!));
    return i >= 0 ? normalise(countries[i]!) : null;
  }
  return null;
}

function normalise(country: string): string | null {
  return /^[A-Z]{2}$/.test(country) ? country : null;
}

/** Loads the IPv4 table now (server start) rather than on the first payment. */
export function preloadIpCountries(): void {
  ipv4 ??= loadIpv4();
}
