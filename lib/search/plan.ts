// Query planning: the query text becomes clauses (one per word or quoted phrase, a bit each) and atoms (ways to
// satisfy clauses). A word atom ORs its stems in each language; a glossary match adds phrase atoms in both
// languages that satisfy all the words they span at once; a missing long word gets typo-neighbour atoms.
import { analyseToken, fold, LANGS, tokenize } from './analyse';
import { analysePhrase } from './glossary';
import { typoCandidates } from './typo';
import type { GlossaryPhrase, Lang, SearchIndex } from './types';

export interface Atom {
  bits: number;
  weight: number;
  /** Consecutive slots; `gap` = token distance from the previous slot; `terms` = alternative term ids. */
  slots: { gap: number; terms: number[] }[];
}
export interface Plan {
  clauses: number;
  atoms: Atom[];
  terms: string[];
  expanded: string[];
}

const MAX_CLAUSES = 31;
const GLOSSARY_WEIGHT = 0.9;
const TYPO_WEIGHT = 0.6;

const firstTermMaps = new WeakMap<SearchIndex, Map<string, GlossaryPhrase[]>>();
function glossaryByFirstTerm(index: SearchIndex): Map<string, GlossaryPhrase[]> {
  let m = firstTermMaps.get(index);
  if (!m) {
    m = new Map();
    for (const p of index.glossary)
      for (const t of p.slots[0]!.terms) {
        const list = m.get(t) ?? [];
        list.push(p);
        m.set(t, list);
      }
    firstTermMaps.set(index, m);
  }
  return m;
}

function existing(index: SearchIndex, terms: Iterable<string>, langs: readonly Lang[]): number[] {
  const out: number[] = [];
  for (const t of terms) {
    if (!langs.some((l) => t.startsWith(l + ':'))) continue;
    const id = index.termIds.get(t);
    if (id !== undefined && !out.includes(id)) out.push(id);
  }
  return out;
}

/** Atom for a phrase analysed in one language, or null when some slot never occurs in the corpus. */
function phraseAtom(
  index: SearchIndex,
  slots: GlossaryPhrase['slots'],
  langs: readonly Lang[],
  bits: number,
  weight: number,
): Atom | null {
  const out: Atom['slots'] = [];
  for (const s of slots) {
    const terms = existing(index, s.terms, langs);
    if (terms.length === 0) return null;
    out.push({ gap: s.gap, terms });
  }
  return out.length > 0 ? { bits, weight, slots: out } : null;
}

interface Word {
  folded: string;
  terms: string[]; // both languages, for glossary matching
  bit: number;
}

export function planQuery(index: SearchIndex, q: string, language: 'all' | Lang): Plan {
  const langs: readonly Lang[] = language === 'all' ? LANGS : [language];
  const plan: Plan = { clauses: 0, atoms: [], terms: [], expanded: [] };
  for (const m of q.matchAll(/"([^"]*)"?|[^"]+/g)) {
    if (plan.clauses >= MAX_CLAUSES) break;
    if (m[1] !== undefined) {
      const bit = 1 << plan.clauses;
      for (const lang of langs) {
        const atom = phraseAtom(index, analysePhrase(m[1], lang), [lang], bit, 1);
        if (atom) plan.atoms.push(atom);
      }
      if (m[1].trim())
        plan.terms.push(
          `"${tokenize(m[1])
            .map((t) => fold(t.raw))
            .join(' ')}"`,
        );
      // A phrase that cannot match still counts as a clause, so "all clauses" stays honest.
      if (tokenize(m[1]).length > 0) plan.clauses++;
      continue;
    }
    const words: Word[] = [];
    for (const tok of tokenize(m[0])) {
      const terms = LANGS.flatMap((l) => analyseToken(tok.raw, l));
      if (terms.length === 0 || plan.clauses >= MAX_CLAUSES) continue;
      const word: Word = { folded: fold(tok.raw), terms, bit: 1 << plan.clauses++ };
      words.push(word);
      plan.terms.push(word.folded);
      addWordAtoms(index, plan, word, tok.raw, langs);
    }
    addGlossaryAtoms(index, plan, words, langs);
  }
  return plan;
}

function addWordAtoms(index: SearchIndex, plan: Plan, word: Word, raw: string, langs: readonly Lang[]): void {
  const terms = existing(index, word.terms, langs);
  if (terms.length > 0) {
    plan.atoms.push({ bits: word.bit, weight: 1, slots: [{ gap: 0, terms }] });
    return;
  }
  if (index.termIds.size === 0 || LANGS.some((l) => existing(index, analyseToken(raw, l), LANGS).length > 0))
    return;
  for (const candidate of typoCandidates(index, word.folded)) {
    const alt = existing(
      index,
      langs.flatMap((l) => analyseToken(candidate, l)),
      langs,
    );
    if (alt.length === 0) continue;
    plan.atoms.push({ bits: word.bit, weight: TYPO_WEIGHT, slots: [{ gap: 0, terms: alt }] });
    plan.expanded.push(candidate);
  }
}

function addGlossaryAtoms(index: SearchIndex, plan: Plan, words: Word[], langs: readonly Lang[]): void {
  if (index.glossary.length === 0) return;
  const byFirst = glossaryByFirstTerm(index);
  let i = 0;
  while (i < words.length) {
    let best = 0;
    let entries = new Set<number>();
    for (const t of words[i]!.terms)
      for (const p of byFirst.get(t) ?? []) {
        const n = p.slots.length;
        if (n < best || i + n > words.length) continue;
        if (!p.slots.every((s, j) => s.terms.some((st) => words[i + j]!.terms.includes(st)))) continue;
        if (n > best) {
          best = n;
          entries = new Set();
        }
        entries.add(p.entry);
      }
    if (best === 0) {
      i++;
      continue;
    }
    let bits = 0;
    for (let j = i; j < i + best; j++) bits |= words[j]!.bit;
    for (const p of index.glossary) {
      if (!entries.has(p.entry) || !langs.includes(p.lang)) continue;
      const atom = phraseAtom(index, p.slots, [p.lang], bits, GLOSSARY_WEIGHT);
      if (!atom) continue;
      plan.atoms.push(atom);
      if (!plan.expanded.includes(p.label)) plan.expanded.push(p.label);
    }
    i += best;
  }
}
