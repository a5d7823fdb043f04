import { analyseToken, detectLanguage, tokenize } from '../search/analyse';
import type { ParsedDocument } from './types';

// Near-duplicates: the same study posted twice (a repository copy and a journal copy), or reworded under other
// authors. Exact copies are caught by their content hash; these are not, because wrappers, line breaks and words
// differ. Reworded text keeps its content words (place names, organisations, the period, the findings' nouns)
// while the wording around them changes, so studies are compared as sets of stemmed content words, each weighted
// by how rare it is in the corpus (IDF): two studies of the same topic share common words, two versions of one
// study share rare ones. Candidate pairs come from rare words only, so the work grows with the pairs that share
// them, not with the square of the corpus.

/**
 * A study's stemmed content words: of its titles and abstracts (else the beginning of its body), and of its stated
 * title(s), when the text states one (two versions of a study keep most of its title's words). Computed once when
 * the document is parsed and stored with it, so a refresh over the whole store only compares.
 */
export interface ComparisonTerms {
  text: string[];
  title: string[];
}

export interface NearDuplicateInput {
  id: string;
  terms: ComparisonTerms;
}

export interface NearDuplicatePair {
  a: string;
  b: string;
  similarity: number; // cosine of the IDF-weighted word sets, 0..1
}

/** Measured on the dev set: a reworded twin scored 0.49, the closest unrelated pair 0.25 once abstracts are found. */
export const NEAR_DUPLICATE_THRESHOLD = 0.42;
const MIN_TERMS = 25; // a few words in common mean nothing when a text has only a few words
// Versions of one study share words that hardly any other study uses; capping the candidates' words at this many
// studies keeps the pair count near-linear in the corpus.
const CANDIDATE_MAX_DF = 8;
const MIN_SHARED_RARE = 5;
const PRIOR_STUDIES = 40;
// Theses share their front matter's wording (KATA PENGANTAR, SURAT PERNYATAAN), so text alone can pair two
// different theses. Two versions of one study are about the same thing: most words of one's title appear in the
// other's text. Either direction will do, since one of the two titles may be misread (a journal header).
const MIN_TITLE_SUPPORT = 0.5;

function titleSupport(
  a: { title: Set<string>; terms: Set<string> },
  b: { title: Set<string>; terms: Set<string> },
) {
  const within = (title: Set<string>, terms: Set<string>) => {
    if (!title.size) return 0;
    let found = 0;
    for (const term of title) if (terms.has(term)) found++;
    return found / title.size;
  };
  if (!a.title.size && !b.title.size) return 1; // no title stated: nothing can speak against the pair
  return Math.max(within(a.title, b.terms), within(b.title, a.terms));
}

const BODY_SAMPLE = 4000;

export function comparisonTermsOf(
  doc: Pick<ParsedDocument, 'title' | 'abstracts'> & { clean: { text: string } },
): ComparisonTerms {
  const abstracts = [doc.abstracts.id?.value, doc.abstracts.en?.value].filter(Boolean).join('\n');
  const titles = [doc.title.id?.value, doc.title.en?.value].filter(Boolean).join('\n');
  const derived = [doc.title.id, doc.title.en].some((t) => t?.provenance.source === 'derived');
  // A study without an abstract is compared by the beginning of its text instead.
  const text = abstracts.length > 200 ? `${titles}\n${abstracts}` : doc.clean.text.slice(0, BODY_SAMPLE);
  return { text: [...termsOf(text)], title: derived ? [] : [...termsOf(titles)] };
}

/** The comparison terms of a plain text (and its stated title), for callers that have no parsed document. */
export function comparisonTerms(text: string, title = ''): ComparisonTerms {
  return { text: [...termsOf(text)], title: [...termsOf(title)] };
}

function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const paragraph of text.split(/\n+/)) {
    const lang = detectLanguage(paragraph, 'id');
    for (const token of tokenize(paragraph))
      for (const term of analyseToken(token.raw, lang)) {
        const word = term.slice(3); // without the language prefix: a loan word meets itself in either language
        if (word.length >= 3 && !/^\d+$/.test(word)) terms.add(word);
      }
  }
  return terms;
}

export function findNearDuplicates(
  inputs: NearDuplicateInput[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicatePair[] {
  const docs = inputs.map((input) => ({
    id: input.id,
    terms: new Set(input.terms.text),
    title: new Set(input.terms.title),
  }));
  const df = new Map<string, number>();
  for (const doc of docs) for (const term of doc.terms) df.set(term, (df.get(term) ?? 0) + 1);
  const n = docs.length;
  // As if the corpus had PRIOR_STUDIES more studies that use none of these words: in a small corpus every word is
  // rare, and the plain IDF would rate a study's own words barely above the words it shares with its twin.
  const weight = (term: string) => {
    const idf = Math.log((n + PRIOR_STUDIES) / (df.get(term) ?? 1));
    return idf * idf;
  };
  const norms = docs.map((doc) => {
    let sum = 0;
    for (const term of doc.terms) sum += weight(term);
    return Math.sqrt(sum);
  });

  // Postings of rare terms only; a pair becomes a candidate when it shares enough of them.
  const postings = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    if (doc.terms.size < MIN_TERMS) return;
    for (const term of doc.terms)
      if ((df.get(term) ?? 0) <= CANDIDATE_MAX_DF) {
        const list = postings.get(term);
        if (list) list.push(i);
        else postings.set(term, [i]);
      }
  });
  const shared = new Map<number, number>(); // i * n + j -> rare terms in common
  for (const list of postings.values())
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = (list[x] as number) * n + (list[y] as number);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }

  const pairs: NearDuplicatePair[] = [];
  for (const [key, count] of shared) {
    if (count < MIN_SHARED_RARE) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    const first = docs[i];
    const second = docs[j];
    if (!first || !second) continue;
    // Walk the smaller set and look words up in the larger.
    const [small, large] = first.terms.size <= second.terms.size ? [first, second] : [second, first];
    let dot = 0;
    for (const term of small.terms) if (large.terms.has(term)) dot += weight(term);
    const similarity = dot / ((norms[i] ?? 1) * (norms[j] ?? 1));
    if (similarity >= threshold && titleSupport(first, second) >= MIN_TITLE_SUPPORT)
      pairs.push({ a: first.id, b: second.id, similarity: Math.round(similarity * 1000) / 1000 });
  }
  return pairs.sort((p, q) => q.similarity - p.similarity || p.a.localeCompare(q.a));
}
