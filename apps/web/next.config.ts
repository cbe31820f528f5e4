import path from "node:path";
import type { NextConfig } from "next";
import { globalHeaders, noFramingHeaders, unframedPathSource } from "./src/server/http/global-headers";

const config: NextConfig = {
  // The workspace packages ship TypeScript source.
  transpilePackages: ["@jeton/core", "@jeton/db", "@jeton/config"],
  // Native/WASM or worker-thread packages must be loaded by Node, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "pino", "thread-stream"],
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
  outputFileTracingRoot: path.resolve(import.meta.dirname, "../.."),
  // `npm test` type-checks the app once: `npm run typecheck` (tsconfig.typecheck.json) runs after the build, so
  // it also checks the route types Next generates in .next/types; `next build` would repeat it.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  reactStrictMode: true,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...globalHeaders],
      },
      {
        // Nothing else is ever framed (see global-headers.ts for the pages that frame themselves).
        source: unframedPathSource,
        headers: [...noFramingHeaders],
      },
    ];
  },
};

export default config;
