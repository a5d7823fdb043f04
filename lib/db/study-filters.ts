// Facet filters on the store: the same keys and value forms as the search URL (organisation=iom&period=2010s),
// OR within one facet, AND across facets, so a browse link and a search link select the same studies.
import type { FacetKey } from '../search/types';
import type { Prisma } from './generated/client';

export type StudyFilters = Partial<Record<FacetKey, string[]>>;

const DECADE = /^(\d{3})0s$/;
const YEAR = /^\d{4}$/;

/** A period value ("2010s" or "2015") as a year range; null when it is neither. */
export function periodRange(value: string): { from: number; to: number } | null {
  const decade = DECADE.exec(value);
  if (decade) return { from: Number(decade[1]) * 10, to: Number(decade[1]) * 10 + 9 };
  return YEAR.test(value) ? { from: Number(value), to: Number(value) } : null;
}

function languageIs(code: string): Prisma.StudyWhereInput {
  // `languages` is a comma-separated list ("id,en"): match the code as a whole item, not as a substring.
  return {
    OR: [
      { languages: code },
      { languages: { startsWith: `${code},` } },
      { languages: { endsWith: `,${code}` } },
      { languages: { contains: `,${code},` } },
    ],
  };
}

function facetWhere(facet: FacetKey, values: string[]): Prisma.StudyWhereInput {
  switch (facet) {
    case 'organisation':
      return { organisations: { some: { role: 'subject', key: { in: values } } } };
    case 'country':
      return { countries: { some: { key: { in: values } } } };
    case 'framework':
      return { frameworks: { some: { key: { in: values } } } };
    case 'kind':
      return { kind: { in: values } };
    case 'year':
      return { year: { in: values.filter((v) => YEAR.test(v)).map(Number) } };
    case 'language':
      return { OR: values.map(languageIs) };
    case 'period': {
      // A study belongs to a decade or year when its studied period overlaps it.
      const ranges = values.map(periodRange).filter((r) => r !== null);
      return { OR: ranges.map((r) => ({ periodFrom: { lte: r.to }, periodTo: { gte: r.from } })) };
    }
  }
}

export function studyWhere(filters: StudyFilters): Prisma.StudyWhereInput {
  const parts = (Object.entries(filters) as [FacetKey, string[] | undefined][])
    .filter((entry): entry is [FacetKey, string[]] => Boolean(entry[1]?.length))
    .map(([facet, values]) => facetWhere(facet, values));
  return parts.length ? { AND: parts } : {};
}
