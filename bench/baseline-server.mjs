// The bench's baseline: the essential work of POST /api/v1/card-tokens done
// with nothing around it. A bare node:http server parses the JSON body,
// envelope-encrypts the PAN with AES-256-GCM (a fresh data key, wrapped by a
// KEK, like the platform's vault) and stores it with one INSERT through
// postgres.js, with the platform's default pool size (10). No framework, no
// key authentication, no rate limiting, no CVC, no fingerprint.
//
// Env: DATABASE_URL (required), PORT (default 3101), BASELINE_KEK (base64,
// 32 bytes; random when absent). GET /health answers 200 once the table exists.
import { createCipheriv, randomBytes } from "node:crypto";
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

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/health") return send(res, 200, { status: "ok" });
  if (req.method !== "POST" || req.url !== "/api/v1/card-tokens") return send(res, 404, { error: "not_found" });
  const chunks = [];
  let size = 0;
  req.on("data", (chunk) => {
    size += chunk.length;
    if (size > 4096) req.destroy();
    else chunks.push(chunk);
  });
  req.on("end", async () => {
    try {
      const number = JSON.parse(Buffer.concat(chunks).toString("utf8"))?.card?.number;
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
