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
import type { Span } from './sentences';

const LENS_WORD =
  /(?<!\p{L})(?:teori|teoretis|teoritis|konsep|konseptual|kerangka|perspektif|paradigma|pendekatan|menurut|theor\w*|concepts?|conceptual|framework|perspective|paradigm|approach|lens|according\s+to)(?!\p{L})/iu;
const SELF_REFERENCE =
  /(?:penelitian|studi|skripsi|tesis|artikel|tulisan|kajian|makalah)\s+ini\s+(?:menggunakan|memakai|mengadopsi|menerapkan|mengacu)|dalam\s+(?:penelitian|artikel|tulisan|studi|skripsi)\s+ini\s+(?:digunakan|dipakai)|(?:penulis|peneliti)\s+(?:menggunakan|memakai)|this\s+(?:study|research|paper|article|thesis)\s+(?:uses|employs|applies|adopts|draws\s+on)|(?:is|are)\s+used\s+in\s+this\s+(?:study|research|paper)/i;

const byKey = new Map(frameworks.map((f) => [f.key, f]));

function statementSentences(text: string, zones: DocumentZones): Span[] {
  const scoped = sentencesIn(text, [...zones.abstracts, ...zones.methodSections, ...zones.theorySections]);
  const inBody = sentencesIn(text, zones.body).filter((s) => SELF_REFERENCE.test(s.text));
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

export function classifyFrameworks(text: string, zones: DocumentZones): FrameworkUse[] {
  const matcher = getFrameworkMatcher();
  const sentences = statementSentences(text, zones).map((sentence) => ({
    sentence,
    hits: matcher.find(text, sentence.start, sentence.end),
  }));
  const quotes = new Map<string, Span>();
  for (const { sentence, hits } of sentences) {
    if (!LENS_WORD.test(sentence.text)) continue;
    for (const hit of hits) if (!quotes.has(hit.key)) quotes.set(hit.key, sentence);
  }
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
  return result.sort((a, b) => a.at - b.at).map(({ at: _at, ...use }) => use);
}
