// The terms the ingest found in the texts' own words but the curated vocabularies lack (StudyFramework and
// StudyOrganisation rows stored with inVocabulary = false), gathered across the store for curators: each with how
// many studies state it and one sentence that does. A curator promotes one by adding it to a data file.
import { getDb, type Db } from './client';
import { sentenceAround } from './source-quote';

export interface VocabularyCandidate {
  vocabulary: 'framework' | 'organisation';
  key: string;
  name: string;
  studies: number;
  example: { studyId: string; sentence: string };
}

function spanOf(provenance: unknown): { start: number; end: number } | null {
  const p = provenance as { start?: unknown; end?: unknown } | null;
  return typeof p?.start === 'number' && typeof p.end === 'number' ? { start: p.start, end: p.end } : null;
}

interface Row {
  key: string;
  name: string;
  studyId: string;
  quote?: string | null;
  provenance: unknown;
}

function group(rows: Row[]): Map<string, { first: Row; studies: Set<string> }> {
  const byKey = new Map<string, { first: Row; studies: Set<string> }>();
  for (const row of rows) {
    const entry = byKey.get(row.key);
    if (entry) entry.studies.add(row.studyId);
    else byKey.set(row.key, { first: row, studies: new Set([row.studyId]) });
  }
  return byKey;
}

/** Unknown terms, most frequent first (then by name). */
export async function listVocabularyCandidates(db: Db = getDb()): Promise<VocabularyCandidate[]> {
  const select = { key: true, name: true, studyId: true, provenance: true } as const;
  const [frameworkRows, organisationRows] = await Promise.all([
    db.studyFramework.findMany({ where: { inVocabulary: false }, select: { ...select, quote: true } }),
    db.studyOrganisation.findMany({ where: { inVocabulary: false }, select }),
  ]);
  const out: VocabularyCandidate[] = [];
  for (const [key, { first, studies }] of group(frameworkRows))
    out.push({
      vocabulary: 'framework',
      key,
      name: first.name,
      studies: studies.size,
      example: { studyId: first.studyId, sentence: first.quote ?? '' },
    });
  for (const [key, { first, studies }] of group(organisationRows)) {
    // An organisation row keeps only its span: the sentence is read from the study's cleaned text, once per term.
    const span = spanOf(first.provenance);
    const study = span
      ? await db.study.findUnique({ where: { id: first.studyId }, select: { cleanText: true } })
      : null;
    out.push({
      vocabulary: 'organisation',
      key,
      name: first.name,
      studies: studies.size,
      example: {
        studyId: first.studyId,
        sentence: study && span ? sentenceAround(study.cleanText, span.start, span.end) : '',
      },
    });
  }
  return out.sort((a, b) => b.studies - a.studies || a.name.localeCompare(b.name));
}
