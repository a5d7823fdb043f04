import { cslDataSchema, type CslItem } from './csl-schema';

/** CSL-JSON, checked against the schema before it leaves: a mapping bug fails loudly rather than exporting junk. */
export function formatCslJson(items: CslItem[]): string {
  return `${JSON.stringify(cslDataSchema.parse(items), null, 2)}\n`;
}
