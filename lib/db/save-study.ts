import type { Field, ParsedDocument, Provenance } from '../ingest/types';
import { getCountry, getFramework, getMethod, getOrganisation } from '../vocabulary/lookup';
import type { Db } from './client';

/** Scalar fields of a study and where each value came from, as stored in Study.provenance. */
export type ProvenanceMap = Record<string, Provenance>;

function scalar<T>(field: Field<T> | null | undefined, name: string, into: ProvenanceMap): T | null {
  if (!field) return null;
  into[name] = field.provenance;
  return field.value;
}

function organisationRow(key: string, role: 'subject' | 'actor', provenance: Provenance) {
  const entry = getOrganisation(key);
  return { key, role, provenance, name: entry?.name.en ?? key, acronym: entry?.acronym ?? null };
}

/**
 * Replaces the stored record of one document in a single transaction: either the whole new record is visible
 * or the old one stays, never a mix.
 */
export async function saveStudy(db: Db, id: string, doc: ParsedDocument, sidecarHash: string | null): Promise<void> {
  const provenance: ProvenanceMap = {};
  const data = {
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
    repairs: doc.clean.repairs as unknown as object,
  };
  if (doc.period) provenance.period = doc.period.provenance;
  const children = {
    authors: { create: doc.authors.map((a, position) => ({ position, name: a.value, provenance: a.provenance })) },
    keywords: {
      create: (['id', 'en'] as const).flatMap((language) =>
        doc.keywords[language].map((k, position) => ({ language, position, value: k.value, provenance: k.provenance })),
      ),
    },
    organisations: {
      create: [
        ...doc.subjects.map((m) => organisationRow(m.key, 'subject', m.provenance)),
        ...doc.actors.map((m) => organisationRow(m.key, 'actor', m.provenance)),
      ],
    },
    countries: {
      create: doc.countries.map((m) => ({ key: m.key, name: getCountry(m.key)?.name.en ?? m.key, provenance: m.provenance })),
    },
    frameworks: {
      create: doc.frameworks.map((f) => ({
        key: f.key,
        name: getFramework(f.key)?.name.en ?? f.key,
        quote: f.quote,
        mechanisms: f.mechanisms,
        provenance: f.provenance,
      })),
    },
    methods: {
      create: doc.methods.map((m) => ({ key: m.key, name: getMethod(m.key)?.name.en ?? m.key, provenance: m.provenance })),
    },
    sections: { create: doc.sections.map((s, position) => ({ position, ...s, language: s.language ?? null })) },
    captions: { create: doc.captions },
    references: {
      create: doc.references.map((r, position) => ({ position, ...r })),
    },
    citations: { create: doc.citations },
    figures: { create: doc.figures },
  };

  await db.$transaction(async (tx) => {
    await tx.study.deleteMany({ where: { id } });
    await tx.study.create({ data: { id, ...data, provenance: provenance as object, ...children } });
  });
}
