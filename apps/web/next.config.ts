import path from "node:path";
import type { NextConfig } from "next";
import { globalHeaders } from "./src/server/http/global-headers";

const config: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ["@jeton/core", "@jeton/db", "@jeton/config"],
  // Native/WASM or worker-thread packages must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "pino", "thread-stream"],
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
  outputFileTracingRoot: path.resolve(import.meta.dirname, "../.."),
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...globalHeaders],
      },
    ];
  },
};

export default config;
