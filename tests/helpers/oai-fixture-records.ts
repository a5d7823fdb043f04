// Deterministic invented bilingual records for the OAI-PMH fixture server, shaped the way OJS 3.3/3.4, DSpace 7
// and EPrints 3.4 write oai_dc (see /work/shared/docs/OAI-PMH-FACTS.md). The same seed gives the same records; each
// record says which vocabulary keys its title and abstract name, so harvester tests can check the classifier too.
import { pick, seededRandom, type Random } from '../bench/seeded-random';
import { type Slots, writeAbstracts, writeTitles } from './oai-fixture-abstracts';
import { FAMILY_NAMES, GIVEN_NAMES, type Named, TOPICS } from './oai-fixture-topics';

export interface FixtureValue {
  value: string;
  lang?: string; // as the repository would write it
}

export interface FixtureRecord {
  identifier: string;
  datestamp: string; // YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ
  deleted?: boolean;
  sets: string[];
  titles: FixtureValue[];
  descriptions: FixtureValue[];
  subjects: FixtureValue[];
  creators: string[];
  date?: string;
  types: string[];
  identifiers: string[]; // landing URL and, for most, https://doi.org/10.xxxx/...
  sources: string[];
  publisher?: string;
  languages: string[];
  expected: {
    titleId?: string;
    titleEn?: string;
    abstractId?: string;
    abstractEn?: string;
    year?: number;
    doi?: string;
    url?: string;
    organisations: string[];
    countries: string[];
    frameworks: string[];
  };
}

export type FixtureShape = 'ojs34' | 'ojs33' | 'dspace7' | 'eprints34' | 'eprints-dcterms';

export interface FixtureOptions {
  seed?: number;
  shape?: FixtureShape;
  start?: number; // the number of the first record, so two batches never share identifiers
}

// Datestamps climb from here, one record every six hours or so, so from/until windows select runs of records.
const FIRST_DATESTAMP = Date.UTC(2024, 0, 1);
const SIX_HOURS = 6 * 3600 * 1000;

const JOURNAL = 'Jurnal Kajian Hubungan Internasional';

export function isOjs(shape: FixtureShape): boolean {
  return shape === 'ojs34' || shape === 'ojs33';
}

export function isEprints(shape: FixtureShape): boolean {
  return shape === 'eprints34' || shape === 'eprints-dcterms';
}

export function formatDatestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function pickSome<T>(rnd: Random, list: readonly T[], min: number, max: number): T[] {
  const wanted = Math.min(list.length, min + Math.floor(rnd() * (max - min + 1)));
  const pool = [...list];
  const out: T[] = [];
  while (out.length < wanted) out.push(pool.splice(Math.floor(rnd() * pool.length), 1)[0] as T);
  return out;
}

const joinId = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} dan ${names.at(-1)}` : names[0]!;
const joinEn = (names: string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;

function describePlace(shape: FixtureShape, n: number) {
  if (isOjs(shape)) {
    return {
      identifier: `oai:jurnal.example.ac.id:article/${n}`,
      url: `https://jurnal.example.ac.id/index.php/jkhi/article/view/${n}`,
      sets: ['jkhi', n % 5 === 0 ? 'jkhi:RV' : 'jkhi:ART'],
      publisher: 'Program Studi Hubungan Internasional, Universitas Contoh',
    };
  }
  if (shape === 'dspace7') {
    return {
      identifier: `oai:repository.example.ac.id:123456789/${n}`,
      url: `https://repository.example.ac.id/handle/123456789/${n}`,
      sets: ['com_123456789_1', n % 3 === 0 ? 'col_123456789_3' : 'col_123456789_2'],
      publisher: 'Universitas Contoh',
    };
  }
  // EPrints names its sets by hex-encoded "field=value" pairs.
  const hex = (text: string) => Buffer.from(text).toString('hex').toUpperCase();
  return {
    identifier: `oai:eprints.example.ac.id:${n}`,
    url: `https://eprints.example.ac.id/id/eprint/${n}/`,
    sets: [hex('status=pub'), hex(n % 4 === 0 ? 'type=thesis' : 'type=article')],
    publisher: undefined,
  };
}

function writeCombinedAbstract(
  rnd: Random,
  id: string,
  en: string,
  keywordsId: string[],
  keywordsEn: string[],
): string {
  switch (Math.floor(rnd() * 5)) {
    case 0:
      return `${id}\n\n${en}`;
    case 1:
      return `Abstrak: ${id}\n\nAbstract: ${en}`;
    case 2:
      return `${en}\n\n${id}`;
    case 3:
      return `ABSTRAK\n${id}\n\nABSTRACT\n${en}`;
    default:
      return `${id} Kata kunci: ${keywordsId.join(', ')}.\n\n${en} Keywords: ${keywordsEn.join(', ')}.`;
  }
}

function makeRecord(rnd: Random, shape: FixtureShape, n: number): FixtureRecord {
  const topic = pick(rnd, TOPICS);
  const orgs = pickSome(rnd, topic.organisations, 1, 2);
  const [home, ...others] = topic.countries as [Named, ...Named[]];
  const partner = pick(rnd, others);
  const lenses = pickSome(rnd, topic.frameworks, 1, 2);
  const year = 2015 + Math.floor(rnd() * 11);
  const formId = (named: Named) => pick(rnd, named.id);
  const formEn = (named: Named) => pick(rnd, named.en);
  const slots: Slots = {
    orgsId: joinId(orgs.map(formId)),
    orgsEn: joinEn(orgs.map(formEn)),
    org1Id: orgs[0]!.id[0]!,
    org1En: orgs[0]!.en[0]!,
    c1Id: home.id[0]!,
    c1En: home.en[0]!,
    c2Id: partner.id[0]!,
    c2En: partner.en[0]!,
    fwId: joinId(lenses.map(formId)),
    fwEn: joinEn(lenses.map(formEn)),
    issueId: topic.issueId,
    issueEn: topic.issueEn,
    y1: year - 5,
    y2: year - 1,
  };
  const titles = writeTitles(rnd, slots);
  const abstracts = writeAbstracts(rnd, slots);
  const place = describePlace(shape, n);
  const doi = rnd() < 0.8 ? `10.5555/jkhi.${year}.${n}` : undefined;
  const month = 1 + Math.floor(rnd() * 12);
  const datestamp = formatDatestamp(FIRST_DATESTAMP + n * SIX_HOURS + Math.floor(rnd() * 3600) * 1000);
  const creators = Array.from(
    { length: 1 + Math.floor(rnd() * 3) },
    () => `${pick(rnd, FAMILY_NAMES)}, ${pick(rnd, GIVEN_NAMES)}`,
  );
  const expected: FixtureRecord['expected'] = {
    abstractId: abstracts.id,
    abstractEn: abstracts.en,
    year,
    doi,
    url: place.url,
    organisations: orgs.map((o) => o.key),
    countries: [...new Set([home.key, partner.key, ...(topic.issueCountries ?? [])])],
    frameworks: lenses.map((l) => l.key),
  };
  const record: FixtureRecord = {
    identifier: place.identifier,
    datestamp,
    sets: place.sets,
    titles: [],
    descriptions: [],
    subjects: [],
    creators,
    types: [],
    identifiers: doi ? [place.url, `https://doi.org/${doi}`] : [place.url],
    sources: [],
    publisher: place.publisher,
    languages: [],
    expected,
  };
  const volume = year - 2014;
  if (isOjs(shape)) {
    const [id, en] = shape === 'ojs34' ? ['id', 'en'] : ['id-ID', 'en-US'];
    record.titles = [
      { value: titles.id, lang: id },
      { value: titles.en, lang: en },
    ];
    record.descriptions = [
      { value: abstracts.id, lang: id },
      { value: abstracts.en, lang: en },
    ];
    record.subjects = [
      { value: topic.keywordsId.join('; '), lang: id },
      { value: topic.keywordsEn.join('; '), lang: en },
    ];
    record.date = `${year}-${String(month).padStart(2, '0')}-15`;
    record.types = [
      'info:eu-repo/semantics/article',
      'info:eu-repo/semantics/publishedVersion',
      'Peer-reviewed Article',
    ];
    record.sources = [
      `${JOURNAL}; Vol. ${volume} No. ${1 + (n % 2)} (${year}); ${10 + (n % 90)}-${25 + (n % 90)}`,
      '2598-0000',
      '2085-0000',
    ];
    record.languages = ['ind'];
    Object.assign(expected, { titleId: titles.id, titleEn: titles.en });
  } else if (shape === 'dspace7') {
    record.titles = [{ value: titles.id }, { value: titles.en }];
    record.descriptions = [{ value: abstracts.id }, { value: abstracts.en }];
    record.subjects = [...topic.keywordsId, ...topic.keywordsEn].map((value) => ({ value }));
    record.date = rnd() < 0.5 ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
    record.types = [n % 3 === 0 ? 'Thesis' : 'Article'];
    record.sources = [];
    record.languages = ['id'];
    Object.assign(expected, { titleId: titles.id, titleEn: titles.en });
  } else {
    const english = rnd() < 0.3;
    record.titles = [{ value: english ? titles.en : titles.id }];
    record.descriptions = [
      { value: writeCombinedAbstract(rnd, abstracts.id, abstracts.en, topic.keywordsId, topic.keywordsEn) },
    ];
    record.subjects = [{ value: 'JZ International relations' }, { value: 'JX International law' }];
    record.date = String(year);
    record.types = n % 4 === 0 ? ['Thesis', 'NonPeerReviewed'] : ['Article', 'PeerReviewed'];
    record.sources = [];
    record.languages = [english ? 'en' : 'id'];
    record.identifiers.splice(1, 0, `https://eprints.example.ac.id/id/eprint/${n}/1/naskah-${n}.pdf`);
    Object.assign(expected, english ? { titleEn: titles.en } : { titleId: titles.id });
  }
  return record;
}

export function makeFixtureRecords(count: number, options: FixtureOptions = {}): FixtureRecord[] {
  const shape = options.shape ?? 'ojs34';
  const start = options.start ?? 1;
  // One generator per record, seeded from the record number: record 7 is the same whatever the count or start.
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    return makeRecord(seededRandom(((options.seed ?? 1) * 7919 + n * 104729) >>> 0), shape, n);
  });
}

/** A changed copy of a record: a revised title (in each language it has) and a datestamp one day later. */
export function changeRecord(record: FixtureRecord): FixtureRecord {
  const later = formatDatestamp(Date.parse(record.datestamp) + 24 * 3600 * 1000);
  const revise = (title: string | undefined, suffix: string) =>
    title === undefined ? undefined : `${title}: ${suffix}`;
  const titles = record.titles.map((t, i) => {
    const english =
      t.lang?.startsWith('en') ??
      (record.titles.length > 1 ? i === 1 : record.expected.titleEn !== undefined);
    return { ...t, value: `${t.value}: ${english ? 'A Revised Edition' : 'Edisi Revisi'}` };
  });
  return {
    ...record,
    datestamp: later,
    titles,
    expected: {
      ...record.expected,
      titleId: revise(record.expected.titleId, 'Edisi Revisi'),
      titleEn: revise(record.expected.titleEn, 'A Revised Edition'),
    },
  };
}

/** A deleted copy of a record, as a repository keeps it under deletedRecord "persistent". */
export function deleteRecord(record: FixtureRecord): FixtureRecord {
  const later = formatDatestamp(Date.parse(record.datestamp) + 24 * 3600 * 1000);
  return { ...record, datestamp: later, deleted: true };
}
