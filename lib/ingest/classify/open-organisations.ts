// Organisations a study is about that the vocabulary lacks, read from the title (or, without a title, the
// abstract's aim sentence) in the two shapes that name them unambiguously: a name with its acronym in brackets whose
// initials it spells ("Peran World Food Programme (WFP) dalam ..."), and a capitalised name right after a word of
// agency ("Peran Oxfam dalam ...", "The Role of Mercy Corps in ..."). Countries, places and vocabulary names are
// not open organisations; the longer vocabulary match has already claimed them.
import type { Mention } from '../types';
import type { Range } from './context';
import type { AliasHit } from './match';
import { openKey, tokenize, type Token } from './open-terms';

const AGENCY = new Set([
  'peran',
  'peranan',
  'upaya',
  'strategi',
  'kontribusi',
  'keterlibatan',
  'kiprah',
  'efektivitas',
  'role',
  'roles',
  'efforts',
  'contribution',
  'strategy',
  'involvement',
]);
// Small words inside a name ("Save the Children", "Bank of ...") and the words that end one.
const INNER = new Set([
  'of',
  'the',
  'for',
  'and',
  'to',
  'on',
  'in',
  'de',
  'des',
  'du',
  'sans',
  'untuk',
  'dan',
]);
const ENDS = new Set([
  'dalam',
  'di',
  'terhadap',
  'pada',
  'sebagai',
  'untuk',
  'in',
  'on',
  'towards',
  'as',
  'at',
  'for',
]);
// Heads that make a phrase a generic actor, not a named organisation.
const GENERIC =
  /^(?:pemerintah|negara|masyarakat|komunitas|government|state|states|society|the|organisasi|organization|organisation|lembaga|badan|diplomasi|kebijakan)$/i;

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const allCaps = (tokens: Token[]) => tokens.every((t) => !/\p{Ll}/u.test(t.text));

function initials(words: Token[]): string {
  return words
    .filter((w) => !INNER.has(w.lower))
    .map((w) => w.text.charAt(0).toUpperCase())
    .join('');
}

function titleCase(words: Token[]): string {
  return words
    .map((w, i) => (i > 0 && INNER.has(w.lower) ? w.lower : w.text.charAt(0) + w.text.slice(1).toLowerCase()))
    .join(' ');
}

/** "World Food Programme (WFP)": the words before the bracket whose initials spell the acronym. */
function withAcronym(tokens: Token[], open: number): { words: Token[]; acronym: string } | null {
  const acronym = tokens[open + 1];
  if (tokens[open + 2]?.text !== ')' || !acronym || !/^\p{Lu}{2,8}$/u.test(acronym.text)) return null;
  for (let from = open - 1; from >= 0 && open - from <= 10; from--) {
    const words = tokens.slice(from, open);
    if (!words.every((w) => w.word)) return null;
    const first = words[0] as Token;
    if (INNER.has(first.lower)) continue;
    if (initials(words) === acronym.text) return { words, acronym: acronym.text };
  }
  return null;
}

function afterAgency(tokens: Token[], at: number, caps: boolean): Token[] | null {
  let i = at + 1;
  if (tokens[i]?.lower === 'of') i++;
  if (tokens[i]?.lower === 'the') i++;
  const words: Token[] = [];
  while (i < tokens.length && words.length < 8) {
    const t = tokens[i] as Token;
    if (!t.word || ENDS.has(t.lower)) break;
    if (!caps && !capitalised(t) && !INNER.has(t.lower)) return null;
    words.push(t);
    i++;
  }
  while (words.length && INNER.has((words[words.length - 1] as Token).lower)) words.pop();
  return words.length && !GENERIC.test((words[0] as Token).text) ? words : null;
}

/** Open-vocabulary subjects named in `ranges` (titles, or an aim sentence), skipping spans an entity hit covers. */
export function findOpenOrganisations(text: string, ranges: Range[], entityHits: AliasHit[]): Mention[] {
  const found: Mention[] = [];
  const seen = new Set<string>();
  const known = (words: Token[]) =>
    entityHits.some((h) => h.start < (words[words.length - 1]?.end ?? 0) && h.end > (words[0]?.start ?? 0));
  const add = (words: Token[], acronym: string | null, caps: boolean) => {
    if (known(words)) return;
    const name = caps ? titleCase(words) : words.map((w) => w.text).join(' ');
    const openName = acronym ? `${name} (${acronym})` : name;
    const key = openKey(acronym ?? name);
    if (seen.has(key)) return;
    seen.add(key);
    const start = words[0]?.start ?? 0;
    found.push({
      key,
      openName,
      provenance: { source: 'extracted', start, end: words[words.length - 1]?.end ?? start },
    });
  };
  for (const range of ranges) {
    const tokens = tokenize(text, range.start, range.end);
    const caps = allCaps(tokens.filter((t) => t.word));
    tokens.forEach((t, i) => {
      if (t.text === '(') {
        const named = withAcronym(tokens, i);
        if (named) add(named.words, named.acronym, caps);
      } else if (AGENCY.has(t.lower) && !caps) {
        const words = afterAgency(tokens, i, caps);
        const after = words ? tokens[tokens.indexOf(words[words.length - 1] as Token) + 1] : undefined;
        if (words && after?.text !== '(') add(words, null, caps);
      }
    });
  }
  return found;
}
