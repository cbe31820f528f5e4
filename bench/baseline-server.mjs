// The bench's baseline: the essential work of each benchmarked endpoint done
// with nothing around it, on a bare node:http server and postgres.js (pool of
// 10, the platform's default). No framework, no key authentication, no rate
// limiting, no CVC, no fingerprint, no risk checks, no events.
// - POST /api/v1/card-tokens: parse the JSON body, envelope-encrypt the PAN with
//   AES-256-GCM (a fresh data key wrapped by a KEK, like the platform's vault),
//   one INSERT.
// - POST /api/v1/transactions: parse { cardTokenId, amount, currency }, spend the
//   token and insert the transaction in one statement, open the sealed PAN.
// - GET /pay/{id}: one SELECT of the payment request and its merchant, a small
//   HTML page.
//
// Env: DATABASE_URL (required), PORT (default 3101), BASELINE_KEK (base64,
// 32 bytes; random when absent). GET /health answers 200 once the table exists.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import postgres from "postgres";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error("baseline: DATABASE_URL is required");
  process.exit(1);
}
const port = Number(process.env.PORT ?? 3101);
const kek = process.env.BASELINE_KEK ? Buffer.from(process.env.BASELINE_KEK, "base64") : randomBytes(32);
if (kek.length !== 32) {
  console.error("baseline: BASELINE_KEK must decode to 32 bytes");
  process.exit(1);
}

const sql = postgres(databaseUrl, { max: 10, onnotice: () => {} });
await sql`
  create table if not exists bench_baseline_tokens (
    id text primary key,
    pan_sealed text not null,
    created_at timestamptz not null default now(),
    used_at timestamptz
  )`;
await sql`
  create table if not exists bench_baseline_transactions (
    id text primary key,
    token_id text not null unique,
    amount bigint not null,
    currency text not null,
    created_at timestamptz not null default now()
  )`;

const b64 = (buffer) => buffer.toString("base64url");

function gcm(key, plaintext, aad) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return [iv, ciphertext, cipher.getAuthTag()];
}

function seal(pan) {
  const dataKey = randomBytes(32);
  const [iv, ciphertext, tag] = gcm(dataKey, Buffer.from(pan, "utf8"), "pan");
  const wrapped = Buffer.concat(gcm(kek, dataKey, "kek:k1"));
  dataKey.fill(0);
  return ["v1", "k1", b64(wrapped), b64(iv), b64(ciphertext), b64(tag)].join(".");
}

function open(sealed) {
  const [, , wrapped, iv, ciphertext, tag] = sealed.split(".");
  const w = Buffer.from(wrapped, "base64url");
  const unwrap = createDecipheriv("aes-256-gcm", kek, w.subarray(0, 12));
  unwrap.setAAD(Buffer.from("kek:k1"));
  unwrap.setAuthTag(w.subarray(w.length - 16));
  const dataKey = Buffer.concat([unwrap.update(w.subarray(12, w.length - 16)), unwrap.final()]);
  const decipher = createDecipheriv("aes-256-gcm", dataKey, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from("pan"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function payPage(res, id) {
  const [row] = await sql`
    select pr.amount, pr.currency, pr.description, m.name from payment_requests pr join merchants m on m.id = pr.merchant_id
    where pr.id = ${id}`;
  if (!row) return send(res, 404, { error: "not_found" });
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pay ${escapeHtml(row.name)}</title></head><body><main><h1>${escapeHtml(row.name)}</h1><p>${(Number(row.amount) / 100).toFixed(2)} ${escapeHtml(row.currency)}</p><form method="post"><input name="number" autocomplete="cc-number"><input name="exp" autocomplete="cc-exp"><input name="cvc" autocomplete="cc-csc"><button>Pay</button></form></main></body></html>`;
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": Buffer.byteLength(html) });
  res.end(html);
}

async function createTransaction(res, body) {
  const { cardTokenId, amount, currency } = body ?? {};
  if (typeof cardTokenId !== "string" || !Number.isInteger(amount) || typeof currency !== "string") return send(res, 400, { error: "invalid" });
  const id = `tx_${b64(randomBytes(16))}`;
  const [row] = await sql`
    with spent as (update bench_baseline_tokens set used_at = now() where id = ${cardTokenId} and used_at is null returning pan_sealed)
    insert into bench_baseline_transactions (id, token_id, amount, currency)
    select ${id}, ${cardTokenId}, ${amount}, ${currency} from spent
    returning (select pan_sealed from spent)`;
  if (!row) return send(res, 402, { error: "card_token_used" });
  const pan = open(row.pan_sealed);
  send(res, 201, { id, status: "captured", amount, currency, card: { last4: pan.slice(-4) } });
}

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") return send(res, 200, { status: "ok" });
  if (req.method === "GET" && req.url.startsWith("/pay/")) {
    payPage(res, decodeURIComponent(req.url.slice(5).split("?")[0])).catch((error) => {
      console.error(error);
      send(res, 500, { error: "internal" });
    });
    return;
  }
  if (req.method !== "POST" || (req.url !== "/api/v1/card-tokens" && req.url !== "/api/v1/transactions")) return send(res, 404, { error: "not_found" });
  const chunks = [];
  let size = 0;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > 4096) req.destroy();
    else chunks.push(chunk);
  });
  req.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      if (req.url === "/api/v1/transactions") return await createTransaction(res, body);
      const number = body?.card?.number;
      if (typeof number !== "string" || !/^\d{12,19}$/.test(number)) return send(res, 400, { error: "invalid_number" });
      const id = `ctok_${b64(randomBytes(16))}`;
      await sql`insert into bench_baseline_tokens (id, pan_sealed) values (${id}, ${seal(number)})`;
      send(res, 201, { cardTokenId: id, card: { last4: number.slice(-4) } });
    } catch (error) {
      if (error instanceof SyntaxError) return send(res, 400, { error: "invalid_json" });
      console.error(error);
      send(res, 500, { error: "internal" });
    }
  });
});

server.listen(port, "127.0.0.1", () => console.log(`baseline listening on http://127.0.0.1:${port}`));

const stop = () => server.close(() => sql.end({ timeout: 5 }).then(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
