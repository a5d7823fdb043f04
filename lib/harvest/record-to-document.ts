// A harvested record becomes a study through the same classification cascade as a file. The record already says
// what a file's segmenter has to find (its titles, abstracts, keywords, authors), so those are taken as the record
// states them, and a text is composed from them, one paragraph each, for the classifiers (organisations, countries,
// period, frameworks, methods) to read and for quotes to point into. Every field says it was harvested, from which
// source, under which record identifier.
import { classifyDocument } from '../ingest/classify';
import { sha256 } from '../ingest/corpus-files';
import { comparisonTermsOf } from '../ingest/near-duplicates';
import { emptySegmentedDocument } from '../ingest/empty-document';
import type { Field, ParsedDocument, Provenance } from '../ingest/types';
import type { Lang } from '../vocabulary/types';
import type { HarvestedRecord, LangValue } from './oai-dc-record';
import { displayName, identifiersOf, kindOf, venueOf, yearOf } from './record-fields';
import { normaliseLang, splitDescription, subjectsByLanguage, titlesByLanguage } from './record-languages';

export interface RecordOrigin {
  /** The source's key: part of the study's place in the store ("harvested/KEY/IDENTIFIER"). */
  key: string;
  /** How provenance names the source: the repository's own name, else its address. */
  name: string;
}

/** Where a harvested record lives in the store, in place of a file's path. */
export function harvestedSourceFile(sourceKey: string, identifier: string): string {
  return `harvested/${sourceKey}/${identifier}`;
}

const KEYWORD_LINE =
  /(?:^|\n|\s)(kata[\s-]*kunci|keywords?)\s*[:：.\-–—]\s*([^\n]+?)\s*(?=\n|$|\s(?:abstrak|abstract|kata[\s-]*kunci|keywords?)\s*[:：.\-–—])/gi;

/** Keyword lines a repository left inside an abstract ("Kata kunci: a; b"), taken out as keywords. */
function takeKeywordLines(values: LangValue[]) {
  const keywords: LangValue[] = [];
  const descriptions = values.map((value) => {
    const text = value.value.replace(KEYWORD_LINE, (_, label: string, terms: string) => {
      keywords.push({ value: terms, lang: /kata/i.test(label) ? 'id' : 'en' });
      return '\n';
    });
    return { ...value, value: text.trim() };
  });
  return { descriptions: descriptions.filter((d) => d.value), keywords };
}

class Composer {
  private text = '';
  constructor(private readonly provenance: (start: number, end: number) => Provenance) {}

  add<T>(value: string, parsed: T = value as T): Field<T> {
    if (this.text) this.text += '\n\n';
    const start = this.text.length;
    this.text += value;
    return { value: parsed, provenance: this.provenance(start, this.text.length) };
  }

  get composed(): string {
    return this.text;
  }
}

const LANGS: Lang[] = ['id', 'en'];

export function recordToDocument(record: HarvestedRecord, xml: string, origin: RecordOrigin): ParsedDocument {
  const dc = record.metadata;
  if (!dc) throw new Error(`record ${record.identifier} has no metadata`);
  const harvested = (start?: number, end?: number): Provenance => ({
    source: 'harvested',
    from: origin.name,
    identifier: record.identifier,
    ...(start === undefined ? {} : { start, end }),
  });
  const composer = new Composer(harvested);

  const titles = titlesByLanguage(dc.title);
  const { descriptions, keywords: keywordLines } = takeKeywordLines(dc.description);
  const abstracts = new Map<Lang, string>();
  const rest: string[] = [];
  for (const part of descriptions.flatMap(splitDescription))
    if (!abstracts.has(part.lang) && part.text) abstracts.set(part.lang, part.text);
    else if (part.text) rest.push(part.text);
  const mainLang: Lang =
    dc.language.map((l) => normaliseLang(l.value)).find((l): l is Lang => l !== null) ??
    (Object.keys(titles)[0] as Lang | undefined) ??
    [...abstracts.keys()][0] ??
    'id';
  const subjects = subjectsByLanguage([...dc.subject, ...keywordLines], mainLang);

  const segmented = emptySegmentedDocument();
  for (const lang of LANGS) {
    const title = titles[lang];
    if (title) segmented.title[lang] = composer.add(title);
  }
  for (const lang of LANGS) {
    const abstract = abstracts.get(lang);
    if (abstract) segmented.abstracts[lang] = composer.add(abstract);
    const terms = subjects[lang];
    if (terms.length) {
      const label = lang === 'id' ? 'Kata kunci' : 'Keywords';
      const line = composer.add(`${label}: ${terms.join('; ')}`);
      let at = (line.provenance as { start: number }).start + label.length + 2;
      segmented.keywords[lang] = terms.map((term) => {
        const field = { value: term, provenance: harvested(at, at + term.length) };
        at += term.length + 2;
        return field;
      });
    }
  }
  for (const paragraph of rest) composer.add(paragraph);

  segmented.authors = dc.creator.map((c) => ({ value: displayName(c.value), provenance: harvested() }));
  const year = yearOf(dc);
  if (year) segmented.year = { value: year, provenance: harvested() };
  const { venue, volume, issue } = venueOf(dc);
  const field = (value: string | null) => (value ? { value, provenance: harvested() } : null);
  segmented.venue = field(venue);
  segmented.volume = field(volume);
  segmented.issue = field(issue);

  const text = composer.composed;
  const classification = classifyDocument({ text, segmented });
  const stated = kindOf(dc);
  if (stated) classification.kind = { value: stated.kind, provenance: harvested() };
  if (stated?.kind === 'thesis') segmented.affiliation = field(dc.publisher[0]?.value ?? null);
  const languages = [mainLang, ...classification.languages.filter((l) => l !== mainLang)].filter(
    (l) => classification.languages.includes(l) || l === mainLang,
  );

  const { doi, url } = identifiersOf(dc);
  const doc: ParsedDocument = {
    ...segmented,
    ...classification,
    languages,
    sourceFile: harvestedSourceFile(origin.key, record.identifier),
    contentHash: sha256(xml),
    decoded: { text, encoding: 'utf-8', lineEnding: text.includes('\n') ? 'lf' : 'none' },
    clean: { text, repairs: [] },
    format: 'harvest',
    doi,
    url,
    pages: [],
    original: { mediaType: 'application/xml', fileName: 'record.xml', bytes: new TextEncoder().encode(xml) },
    comparisonTerms: { text: [], title: [] },
  };
  return { ...doc, comparisonTerms: comparisonTermsOf(doc) };
}
