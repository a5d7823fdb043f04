import type { Field, Mention, ParsedDocument, Provenance } from '../ingest/types';
import { getCountry, getFramework, getMethod, getOrganisation } from '../vocabulary/lookup';

/** Scalar fields of a study and where each value came from, as stored in Study.provenance. */
export type ProvenanceMap = Record<string, Provenance>;
export type Row = Record<string, unknown>;

// Child tables of Study, in the order they are written.
export const CHILD_TABLES = [
  'StudyAuthor',
  'StudyContributor',
  'StudyKeyword',
  'StudyOrganisation',
  'StudyCountry',
  'StudyFramework',
  'StudyMethod',
  'StudySection',
  'StudyCaption',
  'StudyReference',
  'StudyCitation',
  'StudyFigure',
  'StudyOriginal',
] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

function scalar<T>(field: Field<T> | null | undefined, name: string, into: ProvenanceMap): T | null {
  if (!field) return null;
  into[name] = field.provenance;
  return field.value;
}

function organisationRow(mention: Mention, role: 'subject' | 'actor'): Row {
  const entry = mention.openName === undefined ? getOrganisation(mention.key) : undefined;
  return {
    key: mention.key,
    role,
    provenance: mention.provenance,
    name: entry?.name.en ?? mention.openName ?? mention.key,
    acronym: entry?.acronym ?? null,
    inVocabulary: entry !== undefined,
  };
}

/** The rows that store one parsed document: the Study row and the rows of each child table. */
export function studyRows(id: string, doc: ParsedDocument, sidecarHash: string | null) {
  const provenance: ProvenanceMap = {};
  const study: Row = {
    id,
    sourceFile: doc.sourceFile,
    contentHash: doc.contentHash,
    sidecarHash,
    kind: scalar(doc.kind, 'kind', provenance) ?? 'unknown',
    languages: doc.languages.join(','),
    titleId: scalar(doc.title.id, 'titleId', provenance),
    titleEn: scalar(doc.title.en, 'titleEn', provenance),
    titleDerived: [doc.title.id, doc.title.en].some((t) => t?.provenance.source === 'derived'),
    abstractId: scalar(doc.abstracts.id, 'abstractId', provenance),
    abstractEn: scalar(doc.abstracts.en, 'abstractEn', provenance),
    abstractIdTruncated: doc.abstractTruncated.id === true,
    abstractEnTruncated: doc.abstractTruncated.en === true,
    affiliation: scalar(doc.affiliation, 'affiliation', provenance),
    email: scalar(doc.email, 'email', provenance),
    venue: scalar(doc.venue, 'venue', provenance),
    volume: scalar(doc.volume, 'volume', provenance),
    issue: scalar(doc.issue, 'issue', provenance),
    year: scalar(doc.year, 'year', provenance),
    periodFrom: doc.period?.value.from ?? null,
    periodTo: doc.period?.value.to ?? null,
    originalText: doc.decoded.text,
    cleanText: doc.clean.text,
    repairs: doc.clean.repairs,
    provenance,
    format: doc.format,
    doi: doc.doi ?? null,
    url: doc.url ?? null,
    pages: doc.pages.length > 0 ? doc.pages : null,
    comparisonTerms: doc.comparisonTerms.text.join(' '),
    comparisonTitleTerms: doc.comparisonTerms.title.join(' '),
  };
  if (doc.period) provenance.period = doc.period.provenance;
  const children: Record<ChildTable, Row[]> = {
    StudyAuthor: doc.authors.map((a, position) => ({ position, name: a.value, provenance: a.provenance })),
    StudyContributor: doc.contributors.map((c, position) => ({
      position,
      name: c.value.name,
      role: c.value.role,
      provenance: c.provenance,
    })),
    StudyKeyword: (['id', 'en'] as const).flatMap((language) =>
      doc.keywords[language].map((k, position) => ({
        language,
        position,
        value: k.value,
        provenance: k.provenance,
      })),
    ),
    StudyOrganisation: [
      ...doc.subjects.map((m) => organisationRow(m, 'subject')),
      ...doc.actors.map((m) => organisationRow(m, 'actor')),
    ],
    StudyCountry: doc.countries.map((m) => ({
      key: m.key,
      name: getCountry(m.key)?.name.en ?? m.key,
      provenance: m.provenance,
    })),
    StudyFramework: doc.frameworks.map((f) => ({
      key: f.key,
      name: (f.openName === undefined ? getFramework(f.key)?.name.en : f.openName) ?? f.key,
      inVocabulary: f.openName === undefined && getFramework(f.key) !== undefined,
      quote: f.quote,
      mechanisms: f.mechanisms,
      provenance: f.provenance,
    })),
    StudyMethod: doc.methods.map((m) => ({
      key: m.key,
      name: getMethod(m.key)?.name.en ?? m.key,
      provenance: m.provenance,
    })),
    StudySection: doc.sections.map((s, position) => ({ position, ...s, language: s.language ?? null })),
    StudyCaption: doc.captions.map((c) => ({ ...c })),
    StudyReference: doc.references.map((r, position) => ({ position, ...r })),
    StudyCitation: doc.citations.map((c) => ({ ...c })),
    StudyFigure: doc.figures.map((f) => ({ ...f })),
    StudyOriginal: doc.original ? [{ ...doc.original, bytes: Buffer.from(doc.original.bytes) }] : [],
  };
  return { study, children };
}
