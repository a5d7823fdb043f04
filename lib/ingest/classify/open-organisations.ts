// Organisations a study is about that the vocabulary lacks, read from the title (or, without a title, the
// abstract's aim sentence) in the two shapes that name them unambiguously: a name with its acronym in brackets whose
// initials it spells ("Peran World Food Programme (WFP) dalam ..."), and a capitalised name right after a word of
// agency ("Peran Oxfam dalam ...", "The Role of Mercy Corps in ..."). Countries, places and vocabulary names are
// not open organisations; the longer vocabulary match has already claimed them.
import type { Mention } from '../types';
import type { Range } from './context';
import type { AliasHit } from './match';
import { openKey, spellsAcronym, tokenize, type Token } from './open-terms';

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
// Heads that make a phrase a generic actor, not a named organisation, or a state's own organ (a ministry is the
// state acting, and the vocabulary lists the ministries it knows).
const GENERIC =
  /^(?:pemerintah|negara|masyarakat|komunitas|government|state|states|society|the|organisasi|organization|organisation|lembaga|badan|diplomasi|kebijakan|tenaga|pekerja|buruh|warga|anak|tindak|hak|kementerian|kementrian|departemen|direktorat|kedutaan|ministry|department|directorate|embassy)$/i;

// A name with its acronym is an organisation only when a word says so: "(TKI)", "(TIP)" or "(FTA)" name people,
// crimes and treaties in the same shape.
const ORGANISATION_WORD =
  /^(?:organi[sz]ations?|organisasi|fund|dana|council|dewan|committee|komite|commission|komisi|foundation|yayasan|federation|federasi|society|societies|perhimpunan|agency|office|bank|union|uni|association|asosiasi|alliance|aliansi|network|jaringan|institute|institut|centre|center|pusat|corps|mission|misi|watch|forum|coalition|koalisi|lembaga|badan|majelis|palang|crescent|cross|initiative|frontieres|frontières|partnership|secretariat|sekretariat|group|caritas|relief|aid|rescue|international|internasional)$/i;

const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
const allCaps = (tokens: Token[]) => tokens.every((t) => !/\p{Ll}/u.test(t.text));

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
    if (spellsAcronym(words, acronym.text)) return { words, acronym: acronym.text };
  }
  return null;
}

function afterAgency(tokens: Token[], at: number, caps: boolean): Token[] | null {
  let i = at + 1;
  if (tokens[i]?.lower === 'of') i++;
  if (tokens[i]?.lower === 'the') i++;
  const words: Token[] = [];
  for (;;) {
    const t = tokens[i];
    if (!t || !t.word || ENDS.has(t.lower)) break;
    if (words.length === 10) return null; // no end in sight: not a name we can bound
    if (!caps && !capitalised(t) && !INNER.has(t.lower)) return null;
    words.push(t);
    i++;
  }
  while (words.length && INNER.has((words[words.length - 1] as Token).lower)) words.pop();
  return words.length && !GENERIC.test((words[0] as Token).text) ? words : null;
}

/**
 * Open-vocabulary subjects named in `ranges` (titles, or an aim sentence). A name that overlaps a vocabulary
 * organisation, or that is only a country or place, is not one; a country inside a name ("Palang Merah Indonesia")
 * does not stop it. `agency` false reads only names with their acronym.
 */
export function findOpenOrganisations(
  text: string,
  ranges: Range[],
  entityHits: AliasHit[],
  agency = true,
): Mention[] {
  const found: Mention[] = [];
  const seen = new Set<string>();
  const known = (words: Token[]) => {
    const start = words[0]?.start ?? 0;
    const end = words[words.length - 1]?.end ?? 0;
    return entityHits.some((h) =>
      h.kind === 'organisation' ? h.start < end && h.end > start : h.start <= start && h.end >= end,
    );
  };
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
        // "World Food Programme" is an organisation; "Program Keluarga Harapan" is a state's policy.
        const says = (w: Token, k: number) =>
          ORGANISATION_WORD.test(w.text) || (k > 0 && /^programm?e?$/i.test(w.text));
        if (named && named.words.some(says)) add(named.words, named.acronym, caps);
      } else if (agency && AGENCY.has(t.lower) && !caps) {
        const words = afterAgency(tokens, i, caps);
        const after = words ? tokens[tokens.indexOf(words[words.length - 1] as Token) + 1] : undefined;
        if (words && after?.text !== '(') add(words, null, caps);
      }
    });
  }
  return found;
}
