// Research methods a study states: read in the abstracts and the method sections; when those name none, in body
// sentences that speak of the study's own method ("Penelitian ini menggunakan metode ...").
import type { Mention } from '../types';
import { sentencesIn, type DocumentZones } from './context';
import type { AliasHit } from './match';
import { getMethodMatcher } from './matchers';

const OWN_METHOD =
  /(?:penelitian|studi|skripsi|tesis|artikel|tulisan|kajian)\s+ini\s+(?:menggunakan|memakai|mengadopsi|menerapkan|bersifat)|metode\s+penelitian|this\s+(?:study|research|paper|article|thesis)\s+(?:uses|employs|applies|adopts|is)|research\s+method/i;

function toMentions(hits: AliasHit[]): Mention[] {
  const seen = new Set<string>();
  const mentions: Mention[] = [];
  for (const hit of hits) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    mentions.push({ key: hit.key, provenance: { source: 'extracted', start: hit.start, end: hit.end } });
  }
  return mentions;
}

export function classifyMethods(text: string, zones: DocumentZones): Mention[] {
  const matcher = getMethodMatcher();
  const stated = [...zones.abstracts, ...zones.methodSections]
    .sort((a, b) => a.start - b.start)
    .flatMap((range) => matcher.find(text, range.start, Math.min(range.end, zones.referencesStart)));
  if (stated.length > 0) return toMentions(stated);
  const own = sentencesIn(text, zones.body).filter(
    (s) => s.start < zones.referencesStart && OWN_METHOD.test(s.text),
  );
  return toMentions(own.flatMap((s) => matcher.find(text, s.start, s.end)));
}
