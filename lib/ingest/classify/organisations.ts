// Organisations a study is about (subjects) and the other organisations it names (actors).
// The subject is named where a study states what it studies: the title, the keywords, or, when neither names an
// organisation, the abstract's aim sentence ("menganalisis peran X", "the role of X") or its opening sentence.
import { getOrganisation } from '../../vocabulary/lookup';
import type { Mention } from '../types';
import { within, type DocumentZones } from './context';
import { findOpenOrganisations } from './open-organisations';
import { hitsWithin } from './ranges';
import type { AliasHit } from './match';
import { splitSentences } from './sentences';

const AIM =
  /bertujuan|tujuan\s+(?:dari\s+)?penelitian|aims?\s+to|aimed\s+to|purpose\s+of\s+this|objective\s+of\s+this|seeks\s+to|menganalisis|analy[sz]e/i;
// Words that put an organisation in the role of the studied agent when they come right before it.
const AGENCY_BEFORE =
  /(?:peran(?:an)?|upaya(?:-upaya)?|pengaruh|kontribusi|strategi|keterlibatan|efektivitas|kiprah|role\s+of|efforts?\s+of|influence\s+of|contribution\s+of|strategy\s+of|involvement\s+of|effectiveness\s+of)\s+(?:the\s+)?$/i;
const AGENCY_AFTER =
  /^(?:\s*\([^)]*\))?['’]s\s+(?:role|efforts?|influence|contribution|strategy|involvement)/i;

const EXAMPLE_BEFORE =
  /(?:termasuk|seperti|misalnya|antara\s+lain|including|such\s+as|e\.g\.|like)\s+(?:\p{L}+\s+){0,2}$/iu;

const LIST_GOES_ON =
  /^(?:\s*\([^)]*\))?\s*(?:,\s*)?(?:dan|and|serta|or|atau|maupun)?\s+(?:\p{L}+\s+){0,2}$/iu;

function mention(hit: AliasHit): Mention {
  return { key: hit.key, provenance: { source: 'extracted', start: hit.start, end: hit.end } };
}

function firstPerKey(hits: AliasHit[]): AliasHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => (seen.has(hit.key) ? false : (seen.add(hit.key), true)));
}

function subjectsFromAbstracts(text: string, zones: DocumentZones, orgHits: AliasHit[]): AliasHit[] {
  const withAgency: AliasHit[] = [];
  const opening: AliasHit[] = [];
  for (const abstract of zones.abstracts) {
    const sentences = splitSentences(text, abstract.start, abstract.end);
    sentences.forEach((sentence, index) => {
      const hits = hitsWithin(orgHits, sentence.start, sentence.end);
      // An organisation given as an example ("forums, including the UN General Assembly") is not the subject.
      // The list goes on after a conjunction: "including the UN General Assembly and the Pacific Islands Forum".
      if (index === 0) {
        let exampleEnd = -1;
        const examples = new Set<string>();
        for (const hit of hits) {
          // "Pacific Islands Forum (PIF)": the acronym after an example is the same example.
          if (examples.has(hit.key)) continue;
          const before = text.slice(Math.max(sentence.start, hit.start - 40), hit.start);
          const listed =
            exampleEnd >= 0 &&
            hit.start - exampleEnd <= 40 &&
            LIST_GOES_ON.test(text.slice(exampleEnd, hit.start));
          if (EXAMPLE_BEFORE.test(before) || listed) {
            exampleEnd = hit.end;
            examples.add(hit.key);
          } else opening.push(hit);
        }
      }
      if (index !== 0 && !AIM.test(sentence.text)) return;
      for (const hit of hits) {
        const before = text.slice(Math.max(sentence.start, hit.start - 40), hit.start);
        const after = text.slice(hit.end, Math.min(sentence.end, hit.end + 40));
        if (AGENCY_BEFORE.test(before) || AGENCY_AFTER.test(after)) withAgency.push(hit);
      }
    });
  }
  if (withAgency.length > 0) return firstPerKey(withAgency);
  return opening.slice(0, 1);
}

function aimSentences(text: string, zones: DocumentZones): { start: number; end: number }[] {
  return zones.abstracts.flatMap((a) => splitSentences(text, a.start, a.end).filter((s) => AIM.test(s.text)));
}

/** Splits the organisation hits of a document into subjects and other actors. */
export function classifyOrganisations(
  text: string,
  zones: DocumentZones,
  entityHits: AliasHit[],
): { subjects: Mention[]; actors: Mention[] } {
  const orgHits = entityHits.filter((h) => h.kind === 'organisation');
  const inZone = (ranges: { start: number; end: number }[]) =>
    orgHits.filter((h) => within(ranges, h.start, h.end));

  // A government body listed only among the keywords is an actor of a state's policy, not the organisation
  // studied ("Kementerian Luar Negeri" in a study of Indonesia's public diplomacy); in the title it is the subject.
  const keywordHits = inZone(zones.keywords).filter((h) => getOrganisation(h.key)?.kind !== 'government');
  let subjectHits = firstPerKey([...inZone(zones.titles), ...keywordHits]);
  if (subjectHits.length === 0) subjectHits = subjectsFromAbstracts(text, zones, orgHits);
  if (subjectHits.length === 0 && zones.abstracts.length === 0) {
    // No abstract to read: the organisation the text keeps returning to, if one clearly dominates.
    const counts = new Map<string, AliasHit[]>();
    for (const hit of orgHits) {
      const list = counts.get(hit.key);
      if (list) list.push(hit);
      else counts.set(hit.key, [hit]);
    }
    const ranked = [...counts.values()].sort((a, b) => b.length - a.length);
    const top = ranked[0];
    if (top && top.length >= 3 && top.length >= 2 * (ranked[1]?.length ?? 0))
      subjectHits = [top[0] as AliasHit];
  }
  const subjectKeys = new Set(subjectHits.map((h) => h.key));
  // Organisations the title names in its own words: a name with its acronym is a subject even beside a known
  // one ("Palang Merah Indonesia (PMI) dan IFRC"); a name after a word of agency only when no other is found, and
  // then the aim sentence is read too.
  let openSubjects = findOpenOrganisations(text, zones.titles, entityHits, subjectHits.length === 0);
  if (subjectHits.length === 0 && openSubjects.length === 0)
    openSubjects = findOpenOrganisations(text, aimSentences(text, zones), entityHits);

  // Actors: named in the title, abstracts or body, outside the reference list and outside citation brackets,
  // where an organisation is only the author of a source.
  const readable = [...zones.titles, ...zones.keywords, ...zones.abstracts, ...zones.body];
  const actorHits = orgHits.filter(
    (h) =>
      !subjectKeys.has(h.key) &&
      h.start < zones.referencesStart &&
      within(readable, h.start, h.end) &&
      !within(zones.citations, h.start, h.end),
  );
  return {
    subjects: [...subjectHits.map(mention), ...openSubjects],
    actors: firstPerKey(actorHits).map(mention),
  };
}
