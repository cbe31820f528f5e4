export declare const fieldPageTypes: string[];
export declare function renderFieldPage(options: {
  type: string;
  nonce: string;
  origins: string[];
  messages?: Record<string, string>;
  refused?: string | undefined;
  scriptSrc: string;
}): string;
