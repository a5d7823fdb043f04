// The countries a study is about. A country merely mentioned (a destination named in passing in the body) is not
// one of them: the studied country is named where the study states its object — title and keywords first, then the
// abstract's opening and aim sentences, then, failing those, a country the abstracts keep naming.
import type { Mention } from '../types';
import { within, type DocumentZones, type Range } from './context';
import { getCountryMatcher } from './matchers';
import type { AliasHit } from './match';
import { hitsWithin } from './ranges';
import { splitSentences } from './sentences';

const AIM =
  /bertujuan|tujuan\s+(?:dari\s+)?penelitian|aims?\s+to|aimed\s+to|purpose\s+of\s+this|objective\s+of\s+this|seeks\s+to|menganalisis|membahas|mengkaji|analy[sz]es|examines|investigates|explores/i;

const MOVING_PEOPLE =
  /refugee|pengungsi|migran|migrant|pekerja|workers?|nelayan|fisher|korban|victims?|asylum|suaka|displaced|crew|awak/i;
const ORIGIN_BEFORE = /(?:from|asal|dari|berasal\s+dari|originating\s+in)\s+(?:the\s+)?$/i;

function firstPerKey(hits: AliasHit[]): AliasHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => (seen.has(hit.key) ? false : (seen.add(hit.key), true)));
}

function mention(hit: AliasHit): Mention {
  return { key: hit.key, provenance: { source: 'extracted', start: hit.start, end: hit.end } };
}

/** The country inside an organisation's name in the title or keywords ("Greenpeace Indonesia", "Palang Merah Indonesia"). */
function countriesInOrganisations(text: string, ranges: Range[], entityHits: AliasHit[]): AliasHit[] {
  const matcher = getCountryMatcher();
  return entityHits
    .filter((h) => h.kind === 'organisation' && within(ranges, h.start, h.end))
    .flatMap((h) => matcher.find(text, h.start, h.end).filter((c) => c.end === h.end));
}

export function classifyCountries(text: string, zones: DocumentZones, entityHits: AliasHit[]): Mention[] {
  const countryHits = entityHits.filter((h) => h.kind === 'country');
  const inZone = (ranges: { start: number; end: number }[]) =>
    countryHits.filter((h) => within(ranges, h.start, h.end));

  const titled = [...zones.titles, ...zones.keywords];
  const stated = [...inZone(titled), ...countriesInOrganisations(text, titled, entityHits)];
  // The aim sentence names the countries studied even when the title names only one ("resettlement from
  // Indonesia to third countries": "khususnya Amerika Serikat, Kanada, dan Australia").
  const aims: AliasHit[] = [];
  const openings: AliasHit[] = [];
  for (const abstract of zones.abstracts) {
    splitSentences(text, abstract.start, abstract.end).forEach((sentence, index) => {
      const hits = hitsWithin(countryHits, sentence.start, sentence.end);
      if (AIM.test(sentence.text)) aims.push(...hits);
      else if (index === 0) openings.push(...hits);
      // The country people fled or migrated from is studied wherever the abstract states it ("hundreds of migrant
      // fishermen, most of them from Myanmar").
      if (!AIM.test(sentence.text) && MOVING_PEOPLE.test(sentence.text))
        for (const hit of hits)
          if (ORIGIN_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 30), hit.start)))
            aims.push(hit);
    });
  }
  if (stated.length > 0) return firstPerKey([...stated, ...aims]).map(mention);
  const framing = [...openings, ...aims].sort((a, b) => a.start - b.start);
  if (framing.length > 0) return firstPerKey(framing).map(mention);

  // Last resort: a country named at least twice across the abstracts (or the whole text when there are none).
  const pool =
    zones.abstracts.length > 0
      ? inZone(zones.abstracts)
      : countryHits.filter((h) => h.start < zones.referencesStart);
  const counts = new Map<string, AliasHit[]>();
  for (const hit of pool) {
    const list = counts.get(hit.key);
    if (list) list.push(hit);
    else counts.set(hit.key, [hit]);
  }
  const ranked = [...counts.values()].sort((a, b) => b.length - a.length);
  const top = ranked[0];
  return top && top.length >= 2 && top.length > (ranked[1]?.length ?? 0) ? [mention(top[0] as AliasHit)] : [];
}
