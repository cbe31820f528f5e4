export interface TokenJsManifest {
  file: "token.js";
  sri: string;
  bytes: number;
  gzipBytes: number;
  version: string;
  fields: Record<string, { file: string; sri: string; bytes: number; gzipBytes: number; pageGzipBytes: number }>;
}
export declare const GZIP_LIMIT_BYTES: number;
export declare const FIELD_PAGE_GZIP_LIMIT_BYTES: number;
export declare const NUMBER_FIELD_PAGE_GZIP_LIMIT_BYTES: number;
export declare function fieldPageLimit(type: string): number;
export declare function build(options?: { outdir?: string }): Promise<TokenJsManifest>;
