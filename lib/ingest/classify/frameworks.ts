// Theoretical frameworks a study uses, with the sentence that says so and the mechanisms or roles it names.
// A framework counts as used when a sentence where a study states its approach (the abstracts, method and theory
// sections, and body sentences such as "Penelitian ini menggunakan ...") names it together with a word that marks
// a lens (teori, konsep, kerangka, theory, concept, framework, ...). Naming "global governance" in passing is not
// using it. Mechanisms are those named in a sentence that also names the framework.
import { frameworks } from '../../vocabulary';
import type { Framework } from '../../vocabulary/types';
import type { FrameworkUse } from '../types';
import { sentencesIn, type DocumentZones } from './context';
import { getFrameworkMatcher, getMechanismMatcher } from './matchers';
import { StatedFrameworkCollector, USE_MARKER } from './open-frameworks';
import { acronymDefinition } from './open-terms';
import type { AliasHit } from './match';
import type { Span } from './sentences';

const LENS_WORD =
  /(?<!\p{L})(?:teori|teoretis|teoritis|konsep|konseptual|kerangka|perspektif|paradigma|pendekatan|menurut|theor\w*|concepts?|conceptual|framework|perspective|paradigm|approach|lens|according\s+to)(?!\p{L})/iu;
const SELF_REFERENCE =
  /(?:penelitian|studi|skripsi|tesis|artikel|tulisan|kajian|makalah)\s+ini\s+(?:menggunakan|memakai|mengadopsi|menerapkan|mengacu)|dalam\s+(?:penelitian|artikel|tulisan|studi|skripsi)\s+ini\s+(?:digunakan|dipakai)|(?:penulis|peneliti)\s+(?:menggunakan|memakai)|this\s+(?:study|research|paper|article|thesis)\s+(?:uses|employs|applies|adopts|draws\s+on)|(?:is|are)\s+used\s+in\s+this\s+(?:study|research|paper)/i;

// Wider than SELF_REFERENCE: "Konsep yang digunakan adalah ...", "Using the concept of X, the article examines".
const SELF_MENTION =
  /(?:penelitian|studi|skripsi|tesis|artikel|tulisan|kajian|makalah)\s+ini|(?:teori|konsep|kerangka\s+\p{L}+|pendekatan)\s+yang\s+(?:digunakan|dipakai)|\b(?:this|the)\s+(?:study|research|paper|article|thesis)\b/iu;
// In a theory section, a sentence that opens with a cue defines one of the study's lenses.
const OPENS_WITH_CUE = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:teori|konsep|theory|the\s+concept)\s/i;

const byKey = new Map(frameworks.map((f) => [f.key, f]));

function statementSentences(text: string, zones: DocumentZones): Span[] {
  const scoped = sentencesIn(text, [...zones.abstracts, ...zones.methodSections, ...zones.theorySections]);
  const inBody = sentencesIn(text, zones.body).filter(
    (s) => SELF_REFERENCE.test(s.text) || (USE_MARKER.test(s.text) && SELF_MENTION.test(s.text)),
  );
  const seen = new Set<number>();
  return [...scoped, ...inBody]
    .filter((s) => s.start < zones.referencesStart && (seen.has(s.start) ? false : (seen.add(s.start), true)))
    .sort((a, b) => a.start - b.start);
}

function mechanismsNamed(framework: Framework, sentences: Span[], text: string): string[] {
  if (framework.mechanisms.length === 0) return [];
  const matcher = getMechanismMatcher(framework);
  const found = new Set<string>();
  for (const sentence of sentences)
    for (const hit of matcher.find(text, sentence.start, sentence.end)) found.add(hit.key);
  // Keep the vocabulary's order, which is the framework's own order of presentation.
  return framework.mechanisms.map((m) => m.key).filter((key) => found.has(key));
}

// A thesis whose abstract page is empty still lists its lenses in the table of contents:
// "2.2.1 Konsep Bantuan Luar Negeri (Foreign Aid) ........ 17".
const CONTENTS_ENTRY = /(?<!\p{L})(?:Teori|Konsep|TEORI|KONSEP)[ \t]+[^\n.]{3,90}?[ \t]*\.{5,}/gu;

function contentsEntries(text: string, referencesStart: number): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(0, referencesStart).matchAll(CONTENTS_ENTRY)) {
    const start = m.index ?? 0;
    const entry = m[0].replace(/[\s.]+$/, '');
    spans.push({ text: `${entry}.`, start, end: start + entry.length });
  }
  return spans;
}

/**
 * Whether a vocabulary hit ends inside a longer stated name of another term ("diplomacy" in "humanitarian
 * diplomacy", "konsep diplomasi" in "konsep diplomasi publik").
 */
function insideStatedName(
  text: string,
  hit: AliasHit,
  surfaces: { pattern: RegExp; key: string }[],
): boolean {
  const from = Math.max(0, hit.start - 80);
  const window = text.slice(from, hit.end + 80);
  for (const { pattern, key } of surfaces) {
    if (key === hit.key) continue;
    pattern.lastIndex = 0;
    for (const m of window.matchAll(pattern)) {
      const start = from + (m.index ?? 0);
      if (
        start < hit.end &&
        start + m[0].length >= hit.end &&
        m[0].length > hit.end - Math.max(start, hit.start)
      )
        return true;
    }
  }
  return false;
}

function surfacePattern(surface: { text: string; key: string }): { pattern: RegExp; key: string } {
  const words = surface.text.split(' ').map((w) => w.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'));
  return { pattern: new RegExp(`(?<!\\p{L})${words.join('[\\s*_]+')}(?!\\p{L})`, 'giu'), key: surface.key };
}

/** "Peran INGO" -> "Peran INGO (international non-governmental organization)", when the text defines INGO. */
function withAcronymsSpelt(text: string, name: string): string {
  const acronym = name.split(' ').find((w) => /^\p{Lu}{3,8}$/u.test(w));
  const definition = acronym ? acronymDefinition(text, acronym) : null;
  return definition ? `${name} (${definition.toLowerCase()})` : name;
}

export function classifyFrameworks(text: string, zones: DocumentZones): FrameworkUse[] {
  const matcher = getFrameworkMatcher();
  const sentences = statementSentences(text, zones).map((sentence) => ({
    sentence,
    hits: matcher.find(text, sentence.start, sentence.end),
  }));
  const stated = new StatedFrameworkCollector();
  const inTheory = (s: Span) => zones.theorySections.some((r) => s.start >= r.start && s.end <= r.end);
  const langOf = (s: Span) => zones.abstracts.find((a) => s.start >= a.start && s.end <= a.end)?.lang;
  for (const { sentence, hits } of sentences)
    if (USE_MARKER.test(sentence.text) || (OPENS_WITH_CUE.test(sentence.text) && inTheory(sentence)))
      stated.read(text, sentence, hits, langOf(sentence));
  for (const entry of contentsEntries(text, zones.referencesStart))
    stated.read(text, entry, matcher.find(text, entry.start, entry.end));
  const { open, confirmed, surfaces } = stated.finish();
  // A keyword that is a framework's name, whole ("liberal institutionalism"): the study lists its lens.
  for (const keyword of zones.keywords) {
    const hit = matcher.find(text, keyword.start, keyword.end)[0];
    if (hit && hit.start === keyword.start && hit.end === keyword.end)
      confirmed.push({
        key: hit.key,
        sentence: { text: text.slice(keyword.start, keyword.end), ...keyword },
      });
  }
  const surfacePatterns = surfaces.map(surfacePattern);

  const quotes = new Map<string, Span>();
  for (const { sentence, hits } of sentences) {
    if (!LENS_WORD.test(sentence.text)) continue;
    for (const hit of hits)
      if (!quotes.has(hit.key) && !insideStatedName(text, hit, surfacePatterns))
        quotes.set(hit.key, sentence);
  }
  for (const { key, sentence } of confirmed) if (!quotes.has(key)) quotes.set(key, sentence);
  // A specific framework replaces the general one it refines (Archer's roles over "the role of IOs").
  const broaderOfUsed = new Set([...quotes.keys()].map((key) => byKey.get(key)?.broader));
  const result: (FrameworkUse & { at: number })[] = [];
  for (const [key, quote] of quotes) {
    const framework = byKey.get(key);
    if (!framework || broaderOfUsed.has(key)) continue;
    const naming = sentences
      .filter(({ hits }) => hits.some((h) => h.key === key))
      .map(({ sentence }) => sentence);
    result.push({
      key,
      provenance: { source: 'extracted', start: quote.start, end: quote.end },
      quote: quote.text,
      mechanisms: mechanismsNamed(framework, naming, text),
      at: quote.start,
    });
  }
  for (const term of open)
    result.push({
      key: term.key,
      openName: withAcronymsSpelt(text, term.name),
      provenance: { source: 'extracted', start: term.sentence.start, end: term.sentence.end },
      quote: term.sentence.text,
      mechanisms: [],
      at: term.sentence.start,
    });
  return result.sort((a, b) => a.at - b.at).map(({ at: _at, ...use }) => use);
}
