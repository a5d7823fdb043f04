// citation-js ships no TypeScript declarations; these cover only the parts Telaah calls.
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html' | 'object' | 'string';
    template?: string;
    lang?: string;
    entry?: string | string[];
    type?: string;
    spec?: string;
  }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** CSL-JSON items (with citation-js's internal `_graph` property). */
    data: Record<string, unknown>[];
    format(name: string, options?: FormatOptions): unknown;
  }
  export const plugins: {
    config: { get(name: string): unknown };
  };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
