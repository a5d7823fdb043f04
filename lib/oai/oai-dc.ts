// A study as Dublin Core (the oai_dc format every OAI-PMH repository must serve). Each value in a language the
// study has in two versions carries xml:lang, so a harvester can keep the Indonesian and the English apart.
import { element, type XmlChild, type XmlElement } from './oai-xml';
import type { OaiStudy } from './types';

export const OAI_DC = {
  prefix: 'oai_dc',
  schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd',
  namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/',
};
const DC_NAMESPACE = 'http://purl.org/dc/elements/1.1/';

// The document kinds (lib/vocabulary/data/document-kinds.yaml) as the plain type words repositories commonly use
// in dc:type, after the DCMI type every study has.
const KIND_TYPES: Record<string, string> = {
  'thesis-abstract': 'thesis',
  thesis: 'thesis',
  'journal-article': 'article',
  'conference-paper': 'conference paper',
  report: 'report',
};

// A journal or proceedings is where an article was published (its source); for a thesis or report the venue is the
// institution that issued it.
const VENUE_IS_SOURCE = new Set(['journal-article', 'conference-paper']);

const LANGUAGES = ['id', 'en'] as const;

const dc = (name: string, value: string, language?: string): XmlElement =>
  element(`dc:${name}`, { 'xml:lang': language }, [value]);

function inBothLanguages(name: string, values: { id: string | null; en: string | null }): XmlElement[] {
  return LANGUAGES.flatMap((language) => {
    const value = values[language]?.trim();
    return value ? [dc(name, value, language)] : [];
  });
}

/** A DOI as stored ("10.x/y", or already a URL) as its resolver URL. */
export function doiUrl(doi: string): string {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return `https://doi.org/${bare}`;
}

export function studyPageUrl(baseUrl: string, studyId: string): string {
  return `${baseUrl}/studies/${encodeURIComponent(studyId)}`;
}

export function toOaiDc(study: OaiStudy, baseUrl: string): XmlElement {
  const children: XmlChild[] = [
    ...inBothLanguages('title', study.titles),
    ...study.authors.map((name) => dc('creator', name)),
    ...study.keywords.map((k) => dc('subject', k.value, k.language || undefined)),
    ...[...study.organisations, ...study.countries, ...study.frameworks].map((n) => dc('subject', n.name)),
    ...inBothLanguages('description', study.abstracts),
  ];
  if (study.venue) children.push(dc(VENUE_IS_SOURCE.has(study.kind) ? 'source' : 'publisher', study.venue));
  if (study.year !== null) children.push(dc('date', String(study.year)));
  children.push(dc('type', 'Text'));
  const kindType = KIND_TYPES[study.kind];
  if (kindType) children.push(dc('type', kindType));
  children.push(dc('identifier', studyPageUrl(baseUrl, study.id)));
  if (study.doi) children.push(dc('identifier', doiUrl(study.doi)));
  if (study.url) children.push(dc('relation', study.url));
  children.push(...study.languages.map((code) => dc('language', code)));
  return element(
    'oai_dc:dc',
    {
      'xmlns:oai_dc': OAI_DC.namespace,
      'xmlns:dc': DC_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${OAI_DC.namespace} ${OAI_DC.schema}`,
    },
    children,
  );
}
