import { tokenJsManifest } from "@/generated/token-js";

export default function Home() {
  return (
    <main style={{ maxWidth: 720, margin: "3rem auto", padding: "0 1rem", lineHeight: 1.5 }}>
      <h1>Jeton</h1>
      <p>Self-hostable card payments: token.js, a card vault and a merchant API.</p>
      <h2>token.js</h2>
      <pre style={{ background: "#f4f4f8", padding: "1rem", overflowX: "auto" }}>
        {`<script src="/v1/token.js"\n        integrity="${tokenJsManifest.sri}"\n        crossorigin="anonymous"></script>`}
      </pre>
      <p>
        {tokenJsManifest.gzipBytes} bytes gzipped. See the README for the integration guide.
      </p>
    </main>
  );
}
