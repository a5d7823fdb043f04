// Query planning: the parsed query (parse-query.ts) becomes clauses (one per word, quoted phrase or OR group, a
// bit each) and atoms (ways to satisfy clauses); negated clauses become atoms of documents to leave out. A word atom ORs its stems in each language; a glossary match adds phrase atoms in both
// languages that satisfy all the words they span at once; a missing long word gets typo-neighbour atoms.
import { analyseToken, fold, LANGS, tokenize } from './analyse';
import { tagTerm, type FieldTag } from './fields';
import { analysePhrase } from './glossary';
import { parseQuery, type QueryField, type QueryLeaf } from './parse-query';
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
  /** Atoms of the negated clauses: a document any of them matches is left out. */
  exclude: Atom[];
  /** How many negated clauses the query had (some may match nothing in the corpus). */
  negated: number;
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

// Field-restricted terms are indexed beside the plain ones with a tag after the language ("id:au:saragih"; see
// fields.ts), so `author:Saragih` is one more posting list, not a filter over positions.
const FIELD_TAG: Record<QueryField, FieldTag> = { author: 'au', title: 'ti', venue: 've', keyword: 'kw' };
const tagAll = (terms: string[], field: QueryField | null) =>
  field ? terms.map((t) => tagTerm(t, FIELD_TAG[field])) : terms;

export function planQuery(index: SearchIndex, q: string, language: 'all' | Lang): Plan {
  const langs: readonly Lang[] = language === 'all' ? LANGS : [language];
  const plan: Plan = { clauses: 0, atoms: [], exclude: [], negated: 0, terms: [], expanded: [] };
  // Consecutive plain words, which a glossary phrase may span ("human trafficking" -> "perdagangan manusia").
  let run: Word[] = [];
  const flush = () => {
    addGlossaryAtoms(index, plan.atoms, plan.expanded, run, langs);
    run = [];
  };
  for (const clause of parseQuery(q).clauses) {
    if (clause.negated) {
      flush();
      plan.negated++;
      for (const leaf of clause.anyOf) addLeaf(index, plan, plan.exclude, leaf, 1, langs, false);
      continue;
    }
    if (plan.clauses >= MAX_CLAUSES) break;
    const only = clause.anyOf.length === 1 ? clause.anyOf[0]! : null;
    if (only && only.kind === 'word' && !only.field) {
      // A plain word: each of its tokens is a clause ("kualitatif-deskriptif" needs both), as typed words are.
      for (const tok of tokenize(only.text)) {
        const terms = LANGS.flatMap((l) => analyseToken(tok.raw, l));
        if (terms.length === 0 || plan.clauses >= MAX_CLAUSES) continue;
        const word: Word = { folded: fold(tok.raw), terms, bit: 1 << plan.clauses++ };
        run.push(word);
        plan.terms.push(word.folded);
        addWordAtoms(index, plan.atoms, plan.expanded, word, tok.raw, langs, null);
      }
      continue;
    }
    flush();
    const bit = 1 << plan.clauses;
    let typed = false;
    for (const leaf of clause.anyOf)
      typed = addLeaf(index, plan, plan.atoms, leaf, bit, langs, true) || typed;
    // A clause that cannot match still counts, so "all clauses" stays honest.
    if (typed) plan.clauses++;
  }
  flush();
  return plan;
}

/** Atoms for one leaf into `atoms`; false when the leaf has no word at all. */
function addLeaf(
  index: SearchIndex,
  plan: Plan,
  atoms: Atom[],
  leaf: QueryLeaf,
  bit: number,
  langs: readonly Lang[],
  shown: boolean,
): boolean {
  const tokens = tokenize(leaf.text);
  if (tokens.length === 0) return false;
  const prefix = leaf.field ? `${leaf.field}:` : '';
  if (leaf.kind === 'word' && tokens.length === 1) {
    const raw = tokens[0]!.raw;
    const word: Word = { folded: fold(raw), terms: LANGS.flatMap((l) => analyseToken(raw, l)), bit };
    if (shown) plan.terms.push(prefix + word.folded);
    addWordAtoms(index, atoms, shown ? plan.expanded : null, word, raw, langs, leaf.field);
    // An excluded word excludes its glossary equivalents too: -IOM leaves out "Organisasi Internasional untuk Migrasi".
    if (!shown && !leaf.field) addGlossaryAtoms(index, atoms, null, [word], langs);
    return true;
  }
  for (const lang of langs) {
    const slots = analysePhrase(leaf.text, lang).map((s) => ({ ...s, terms: tagAll(s.terms, leaf.field) }));
    const atom = phraseAtom(index, slots, [lang], bit, 1);
    if (atom) atoms.push(atom);
  }
  if (shown) plan.terms.push(`${prefix}"${tokens.map((t) => fold(t.raw)).join(' ')}"`);
  return true;
}

function addWordAtoms(
  index: SearchIndex,
  atoms: Atom[],
  expanded: string[] | null,
  word: Word,
  raw: string,
  langs: readonly Lang[],
  field: QueryField | null,
): void {
  const terms = existing(index, tagAll(word.terms, field), langs);
  if (terms.length > 0) {
    atoms.push({ bits: word.bit, weight: 1, slots: [{ gap: 0, terms }] });
    return;
  }
  // Typo neighbours only for plain words: a field is small, and a near name is a different person.
  if (field || index.termIds.size === 0) return;
  if (LANGS.some((l) => existing(index, analyseToken(raw, l), LANGS).length > 0)) return;
  for (const candidate of typoCandidates(index, word.folded)) {
    const alt = existing(
      index,
      langs.flatMap((l) => analyseToken(candidate, l)),
      langs,
    );
    if (alt.length === 0) continue;
    atoms.push({ bits: word.bit, weight: TYPO_WEIGHT, slots: [{ gap: 0, terms: alt }] });
    expanded?.push(candidate);
  }
}

function addGlossaryAtoms(
  index: SearchIndex,
  atoms: Atom[],
  expanded: string[] | null,
  words: Word[],
  langs: readonly Lang[],
): void {
  if (index.glossary.length === 0 || words.length === 0) return;
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
      atoms.push(atom);
      if (expanded && !expanded.includes(p.label)) expanded.push(p.label);
    }
    i += best;
  }
}
