export interface TokenJsManifest {
  file: "token.js";
  sri: string;
  bytes: number;
  gzipBytes: number;
  version: string;
}
export declare const GZIP_LIMIT_BYTES: number;
export declare function build(options?: { outdir?: string }): Promise<TokenJsManifest>;
