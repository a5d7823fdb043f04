// The studies as the OAI-PMH provider serves them (lib/oai): selected by datestamp and set, in a stable order
// (updatedAt, then id) that a resumption token can continue from.
import type { OaiStudy, SetSelection, StudySelection } from '../oai/types';
import { getDb, type Db } from './client';
import type { Prisma } from './generated/client';

// Only curated values make sets and subjects: a term found in the text's own words may be renamed or dropped by
// the curators, and a set a harvester subscribed to should not vanish with it.
const curatedOrganisation = {
  role: 'subject',
  inVocabulary: true,
} satisfies Prisma.StudyOrganisationWhereInput;
const curatedFramework = { inVocabulary: true } satisfies Prisma.StudyFrameworkWhereInput;

const oaiInclude = {
  authors: { orderBy: { position: 'asc' } },
  keywords: { orderBy: { position: 'asc' } },
  organisations: { where: curatedOrganisation, orderBy: { key: 'asc' } },
  countries: { orderBy: { key: 'asc' } },
  frameworks: { where: curatedFramework, orderBy: { key: 'asc' } },
} satisfies Prisma.StudyInclude;

type OaiRow = Prisma.StudyGetPayload<{ include: typeof oaiInclude }>;

function toOaiStudy(row: OaiRow): OaiStudy {
  return {
    id: row.id,
    updatedAt: row.updatedAt,
    kind: row.kind,
    languages: row.languages ? row.languages.split(',').filter(Boolean) : [],
    titles: { id: row.titleId, en: row.titleEn },
    abstracts: { id: row.abstractId, en: row.abstractEn },
    authors: row.authors.map((a) => a.name),
    keywords: row.keywords.map((k) => ({ language: k.language, value: k.value })),
    organisations: row.organisations.map((o) => ({ key: o.key, name: o.name, acronym: o.acronym })),
    countries: row.countries.map((c) => ({ key: c.key, name: c.name })),
    frameworks: row.frameworks.map((f) => ({ key: f.key, name: f.name })),
    venue: row.venue,
    year: row.year,
    doi: row.doi,
    url: row.url,
  };
}

function setWhere(set: SetSelection): Prisma.StudyWhereInput {
  const key = set.key === undefined ? {} : { key: set.key };
  if (set.facet === 'organisation') return { organisations: { some: { ...curatedOrganisation, ...key } } };
  if (set.facet === 'country') return { countries: { some: key } };
  return { frameworks: { some: { ...curatedFramework, ...key } } };
}

function selectionWhere(selection: StudySelection): Prisma.StudyWhereInput {
  const updatedAt: Prisma.DateTimeFilter = {};
  if (selection.from) updatedAt.gte = selection.from;
  if (selection.before) updatedAt.lt = selection.before;
  return {
    ...(selection.from || selection.before ? { updatedAt } : {}),
    ...(selection.set ? setWhere(selection.set) : {}),
  };
}

export async function countOaiStudies(selection: StudySelection, db: Db = getDb()): Promise<number> {
  return db.study.count({ where: selectionWhere(selection) });
}

/** Up to `take` studies of the selection after the given position, in (updatedAt, id) order. */
export async function listOaiStudies(
  selection: StudySelection,
  page: { take: number; after?: { updatedAt: Date; id: string } },
  db: Db = getDb(),
): Promise<OaiStudy[]> {
  const after = page.after;
  const where: Prisma.StudyWhereInput = after
    ? {
        AND: [
          selectionWhere(selection),
          {
            OR: [
              { updatedAt: { gt: after.updatedAt } },
              { updatedAt: after.updatedAt, id: { gt: after.id } },
            ],
          },
        ],
      }
    : selectionWhere(selection);
  const rows = await db.study.findMany({
    where,
    include: oaiInclude,
    orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }],
    take: page.take,
  });
  return rows.map(toOaiStudy);
}

export async function getOaiStudy(id: string, db: Db = getDb()): Promise<OaiStudy | null> {
  const row = await db.study.findUnique({ where: { id }, include: oaiInclude });
  return row ? toOaiStudy(row) : null;
}

/** The oldest datestamp in the store; null when it holds no study. */
export async function earliestStudyUpdate(db: Db = getDb()): Promise<Date | null> {
  const result = await db.study.aggregate({ _min: { updatedAt: true } });
  return result._min.updatedAt;
}

/** The curated organisations, countries and frameworks that at least one study has, one entry per key. */
export async function listOaiSetValues(db: Db = getDb()) {
  const select = { key: true, name: true } as const;
  const orderBy = { key: 'asc' } as const;
  const [organisations, countries, frameworks] = await Promise.all([
    db.studyOrganisation.findMany({ where: curatedOrganisation, select, orderBy, distinct: ['key'] }),
    db.studyCountry.findMany({ select, orderBy, distinct: ['key'] }),
    db.studyFramework.findMany({ where: curatedFramework, select, orderBy, distinct: ['key'] }),
  ]);
  return { organisation: organisations, country: countries, framework: frameworks };
}
