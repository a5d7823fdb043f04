// citation-js with the plugins Telaah uses, plus the Indonesian CSL locale (not shipped by plugin-csl).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';

export { Cite };

export const CITATION_LOCALES = { en: 'en-US', id: 'id-ID' } as const;
export type CitationLanguage = keyof typeof CITATION_LOCALES;

interface LocaleRegister {
  has(name: string): boolean;
  add(name: string, xml: string): void;
}

let registered = false;

/** Registers id-ID once per process. Read from the source tree (cwd is the project root for Next, tsx and Vitest). */
export function ensureLocales(): void {
  if (registered) return;
  const locales = (plugins.config.get('@csl') as { locales: LocaleRegister }).locales;
  if (!locales.has('id-ID')) {
    const file = path.join(process.cwd(), 'lib', 'citation', 'locales', 'id-ID.xml');
    locales.add('id-ID', readFileSync(file, 'utf8'));
  }
  registered = true;
}
