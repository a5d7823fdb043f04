// Frameworks a study states in its own words, whether or not the vocabulary holds them: the name that follows a
// cue ("menggunakan teori X", "konsep X (Y)", "the concepts of X and Y") or comes before one ("X theory", "the X
// framework"). Cues are data (lib/vocabulary/data/framework-cues.yaml). A name the vocabulary matches is left to
// the vocabulary (and confirmed as used); any other becomes an open term with a key of its own, unless it is
// only method or generic words. A vocabulary term inside a longer stated name ("diplomasi" in "diplomasi
// kemanusiaan") gives way to that name.
import { getFrameworkCues, type FrameworkCue } from '../../vocabulary/framework-cues';
import type { Lang } from '../../vocabulary/types';
import type { AliasHit } from './match';
import { getFrameworkMatcher } from './matchers';
import { displayName, looksIndonesian, openKey, tokenize, type Token } from './open-terms';
import type { Span } from './sentences';

export interface OpenFramework {
  key: string;
  name: string;
  sentence: Span;
}

export interface StatedFrameworks {
  open: OpenFramework[];
  /** Vocabulary keys whose name a cue introduces, with the sentence that says so. */
  confirmed: { key: string; sentence: Span }[];
  /**
   * Stated names (lower case) and the term they name: a vocabulary alias of another term that ends inside one
   * ("konsep diplomasi" in "konsep diplomasi publik") is part of that name, not a framework of its own.
   */
  surfaces: { text: string; key: string }[];
}

// Words that end a name: grammar, not vocabulary.
const STOP = new Set(
  (
    'yang dari oleh menurut untuk dengan dalam sebagai di ke pada serta adalah merupakan karena agar sehingga guna ' +
    'bagi terhadap atas melalui tentang mengenai khususnya terutama yaitu yakni seperti dan atau maupun digunakan ' +
    'dipakai which that who whom as by with to in for from of on at is are was were and or developed proposed ' +
    'introduced according particularly especially namely such its their into through within while where when ' +
    'whereby used using uses applied applies employed employs adopted ini itu tersebut menjadi memandang melihat ' +
    'menekankan menjelaskan mencakup membagi mendefinisikan this these those'
  ).split(' '),
);
const BEFORE_STOP = new Set(
  (
    'the a an using use uses used of and or with on applies apply applied employs employ drawing draws draw ' +
    'adopts adopt by in this that is its their within through under via based framed it also'
  ).split(' '),
);
// The words right before a weak cue that make it the study's own lens.
const USE_WORDS = new Set(
  'menggunakan memakai mengadopsi menerapkan dengan using uses use applies applying adopts adopting employs'.split(
    ' ',
  ),
);
// Words that attribute a name to an author ("konsep organisasi internasional dari Clive Archer").
const ATTRIBUTION = new Set(['dari', 'menurut', 'oleh', 'by', 'of', 'from']);
const CONJUNCTION = new Set(['dan', 'and', 'serta', '&']);
const MAX_WORDS = 5;

// A sentence that says the study uses something, so a cue in it names the study's own lens.
export const USE_MARKER =
  /menggunakan|memakai|digunakan|dipakai|mengadopsi|menerapkan|diterapkan|mengacu|berdasarkan|(?:dengan|melalui|dari|dalam)\s+(?:teori|konsep|kerangka|pendekatan|perspektif)|\b(?:using|uses?|used|appl(?:y|ies|ied)|employ(?:s|ed)?|adopts?|draw(?:s|ing)?\s+on|framed\s+by|based\s+on|through\s+the\s+lens)\b/i;

interface CueIndex {
  before: Map<string, FrameworkCue[]>; // first word -> cues, longest first
  after: Set<string>;
  notFramework: Set<string>;
}

let index: CueIndex | undefined;

function cueIndex(): CueIndex {
  if (index) return index;
  const before = new Map<string, FrameworkCue[]>();
  const after = new Set<string>();
  const notFramework = new Set<string>();
  for (const cue of getFrameworkCues()) {
    const words = cue.phrase.split(/\s+/);
    if (cue.role === 'after') after.add(cue.phrase);
    else if (cue.role === 'not-framework') notFramework.add(cue.phrase);
    else {
      const list = before.get(words[0] as string) ?? [];
      list.push(cue);
      list.sort((a, b) => b.phrase.length - a.phrase.length);
      before.set(words[0] as string, list);
    }
  }
  index = { before, after, notFramework };
  return index;
}

interface Phrase {
  words: Token[];
  gloss: Token[];
  next: number; // index of the token after the phrase (and its gloss)
}

function readPhrase(tokens: Token[], from: number): Phrase {
  let i = from;
  while (tokens[i]?.word && ['the', 'a', 'an'].includes(tokens[i]?.lower ?? '')) i++;
  const words: Token[] = [];
  while (words.length < MAX_WORDS) {
    const t = tokens[i];
    if (!t || !t.word || STOP.has(t.lower)) break;
    words.push(t);
    i++;
  }
  const gloss: Token[] = [];
  if (words.length > 0 && tokens[i]?.text === '(') {
    let j = i + 1;
    while (j < tokens.length && j < i + 14 && tokens[j]?.text !== ')') j++;
    if (tokens[j]?.text === ')') {
      const inside = tokens.slice(i + 1, j);
      const names = inside.filter((t) => t.word);
      // "(1983)" or "(Krasner)" is a citation, not a second name.
      const citation =
        inside.some((t) => /\d/.test(t.text)) ||
        (names.length === 1 && /^\p{Lu}\p{Ll}/u.test(names[0]?.text ?? ''));
      if (!citation && names.length > 0 && names.length === inside.length) gloss.push(...names);
      i = j + 1;
    }
  }
  return { words, gloss, next: i };
}

// "Kerangka analisis yang digunakan adalah X", "teori yang dipakai dalam penelitian ini ialah X": the name comes
// after the copula, not right after the cue.
const USED = new Set(['digunakan', 'dipakai', 'diterapkan', 'digunakannya']);
const COPULA = new Set(['adalah', 'ialah', 'yaitu', 'yakni', 'merupakan']);

function pastCopula(tokens: Token[], at: number): number {
  if (tokens[at]?.lower !== 'yang' || !USED.has(tokens[at + 1]?.lower ?? '')) return at;
  for (let j = at + 2; j < tokens.length && j <= at + 8; j++)
    if (COPULA.has(tokens[j]?.lower ?? '')) return j + 1;
  return at;
}

function spanOf(tokens: Token[]): { start: number; end: number } {
  return { start: tokens[0]?.start ?? 0, end: tokens[tokens.length - 1]?.end ?? 0 };
}

/**
 * Whether a name is made only of not-framework phrases (and grammar words): "kualitatif deskriptif", "international
 * relations", but not "international security", whose "international" is generic only within "international
 * relations".
 */
function onlyGeneric(words: Token[], notFramework: Set<string>): boolean {
  const parts = words.flatMap((w) => w.lower.split(/-/));
  let i = 0;
  outer: while (i < parts.length) {
    const part = parts[i] as string;
    if (notFramework.has(part) || STOP.has(part) || part.length < 2) {
      i++;
      continue;
    }
    for (let k = Math.min(4, parts.length - i); k >= 2; k--)
      if (notFramework.has(parts.slice(i, i + k).join(' '))) {
        i += k;
        continue outer;
      }
    return false;
  }
  return true;
}

export class StatedFrameworkCollector {
  readonly result: StatedFrameworks = { open: [], confirmed: [], surfaces: [] };
  private readonly seen = new Set<string>();
  private readonly cues = cueIndex();
  private lang: Lang | undefined;
  private readonly forms: { key: string; forms: string[]; glossed: boolean }[] = [];

  /**
   * The terms found, once every sentence is read. A name stated once with its translation and once without
   * ("diplomasi bencana (disaster diplomacy)", later "konsep diplomasi bencana digunakan") is one term.
   */
  finish(): StatedFrameworks {
    const owner = new Map<string, string>();
    for (const s of this.result.surfaces) owner.set(s.text, s.key);
    for (const f of this.forms) if (f.glossed) for (const form of f.forms) owner.set(form, f.key);
    const dropped = new Set(
      this.forms
        .filter((f) => f.forms.some((form) => (owner.get(form) ?? f.key) !== f.key))
        .map((f) => f.key),
    );
    return { ...this.result, open: this.result.open.filter((t) => !dropped.has(t.key)) };
  }

  /** Reads one sentence; `hits` are the vocabulary's framework hits inside it, `lang` its abstract's language. */
  read(text: string, sentence: Span, hits: AliasHit[], lang?: Lang): void {
    this.lang = lang;
    const tokens = tokenize(text, sentence.start, sentence.end);
    const cutOff = !/[.!?:;)"”]\s*$/.test(sentence.text);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.word) continue;
      const cue = this.cues.before.get(t.lower)?.find((c) => matchesAt(tokens, i, c.phrase));
      if (cue && !(cue.weak && !USE_WORDS.has(tokens[i - 1]?.lower ?? ''))) {
        const next = i + cue.phrase.split(/\s+/).length;
        const copula = pastCopula(tokens, next);
        // "Konsep yang digunakan adalah konsep X": the second cue introduces the name.
        const after = this.startsCue(tokens, copula) ? next : copula;
        let phrase = readPhrase(tokens, after);
        const joined = this.joinedPair(tokens, phrase, cue);
        if (joined) phrase = joined;
        const first = phrase;
        this.take(sentence, phrase, hits, cutOff, tokens);
        // "konsep X (x) dan Y (y)", "the concepts of X and Y": the second name shares the cue.
        while (
          CONJUNCTION.has(tokens[phrase.next]?.lower ?? '') &&
          !this.startsCue(tokens, phrase.next + 1)
        ) {
          const second = readPhrase(tokens, phrase.next + 1);
          if (!(cue.plural || first.gloss.length > 0 || second.gloss.length > 0)) break;
          this.take(sentence, second, hits, cutOff, tokens);
          phrase = second;
        }
        i = Math.max(i, phrase.next - 1);
        continue;
      }
      if (this.cues.after.has(t.lower) && t.text === t.lower) {
        const words: Token[] = [];
        for (let j = i - 1; j >= 0 && words.length < MAX_WORDS - 1; j--) {
          const w = tokens[j] as Token;
          if (!w.word || BEFORE_STOP.has(w.lower) || STOP.has(w.lower) || /['’]s$/i.test(w.text)) break;
          words.unshift(w);
        }
        const theory = t.lower.startsWith('theor');
        this.take(sentence, { words, gloss: [], next: i + 1 }, hits, false, tokens, theory);
      }
    }
  }

  /** "konsep naming and shaming": one word, "and", one word, under a singular cue and without glosses, is one name. */
  private joinedPair(tokens: Token[], first: Phrase, cue: FrameworkCue): Phrase | null {
    const and = tokens[first.next];
    if (
      cue.plural ||
      first.words.length !== 1 ||
      first.gloss.length > 0 ||
      !and ||
      !CONJUNCTION.has(and.lower)
    )
      return null;
    if (this.startsCue(tokens, first.next + 1)) return null;
    const second = readPhrase(tokens, first.next + 1);
    if (second.words.length !== 1 || second.gloss.length > 0) return null;
    if (onlyGeneric(first.words, this.cues.notFramework) || onlyGeneric(second.words, this.cues.notFramework))
      return null;
    return { words: [...first.words, and, ...second.words], gloss: [], next: second.next };
  }

  private confirm(key: string, sentence: Span): void {
    if (!this.seen.has(key)) this.result.confirmed.push({ key, sentence });
    this.seen.add(key);
  }

  private startsCue(tokens: Token[], at: number): boolean {
    const t = tokens[at];
    return !!t && !!this.cues.before.get(t.lower)?.some((c) => matchesAt(tokens, at, c.phrase));
  }

  private take(
    sentence: Span,
    phrase: Phrase,
    hits: AliasHit[],
    cutOff: boolean,
    tokens: Token[],
    theory = false,
  ): void {
    const { words, gloss } = phrase;
    if (words.length === 0) return;
    // A name running into the end of a cut-off capture ("the concept of ING") is not a name.
    if (cutOff && phrase.next >= tokens.length) return;
    const spans = [spanOf(words), ...(gloss.length ? [spanOf(gloss)] : [])];
    // "konsep diplomasi publik": the sentence's hits took "konsep diplomasi" (diplomacy), but the name alone is
    // an alias of a term of its own.
    for (const span of spans) {
      const from = span.start - sentence.start;
      const own = getFrameworkMatcher().find(sentence.text, from, span.end - sentence.start)[0];
      if (own && own.start === from && own.end === span.end - sentence.start) {
        this.confirm(own.key, sentence);
        for (const p of [words, gloss])
          if (p.length) this.result.surfaces.push({ text: lowerText(p), key: own.key });
        return;
      }
    }
    // The words of the name that no vocabulary alias covers: none (or only generic ones) means the vocabulary
    // names it ("sekuritisasi Mazhab Kopenhagen" is two aliases of one term).
    let partial = false;
    for (const span of spans) {
      const part = span === spans[0] ? words : gloss;
      const overlapping = hits.filter((h) => h.end > span.start && h.start < span.end);
      if (overlapping.length === 0) continue;
      // An alias that runs on past the name ("the concept of the role of international organizations") names
      // it; one that ends inside it, even if it starts in the cue ("konsep diplomasi" in "konsep diplomasi
      // kemanusiaan"), is a broader term unless the other words are generic.
      const naming = overlapping.find(
        (h) => h.end > span.end || (h.start <= span.start && h.end >= span.end),
      );
      const rest = part.filter((w) => !overlapping.some((h) => w.start >= h.start && w.end <= h.end));
      const hit = naming ?? (onlyGeneric(rest, this.cues.notFramework) ? overlapping[0] : undefined);
      if (hit) {
        this.confirm(hit.key, sentence);
        for (const p of [words, gloss])
          if (p.length) this.result.surfaces.push({ text: lowerText(p), key: hit.key });
        return;
      }
      partial = true;
    }
    // "konsep organisasi internasional dari Clive Archer": a vocabulary term named by its author right after.
    const by = tokens[phrase.next];
    if (by && ATTRIBUTION.has(by.lower)) {
      const next = tokens[phrase.next + 1];
      const attributed = next && hits.find((h) => h.start === next.start);
      if (attributed) {
        this.confirm(attributed.key, sentence);
        return;
      }
    }
    // In an Indonesian abstract the bracket holds the English name ("teori prinsipal-agen (principal-agent
    // theory)"); elsewhere the bracket is preferred only when the name itself reads as Indonesian.
    const glossEnglish = gloss.length > 0 && !looksIndonesian(gloss.map((w) => w.text));
    const useGloss =
      glossEnglish &&
      (this.lang === 'id' || (this.lang === undefined && looksIndonesian(words.map((w) => w.text))));
    const chosen = useGloss ? gloss : words;
    if (onlyGeneric(chosen, this.cues.notFramework) || onlyGeneric(words, this.cues.notFramework)) return;
    if (chosen.map((w) => w.text).join('').length < 3) return;
    // "(feminist IR theory)" beside "teori feminisme": the vocabulary's term, stated again in other words.
    const stems = hits.map((h) => h.alias.toLowerCase().slice(0, 6)).filter((stem) => stem.length === 6);
    if (!partial && chosen.some((w) => stems.some((stem) => w.lower.startsWith(stem)))) return;
    const name = displayName([...chosen.map((w) => w.text), ...(theory ? ['theory'] : [])]);
    const key = openKey(name);
    this.forms.push({
      key,
      forms: [lowerText(words), lowerText(gloss)].filter(Boolean),
      glossed: gloss.length > 0,
    });
    if (partial)
      for (const part of [words, gloss])
        if (part.length) this.result.surfaces.push({ text: lowerText(part), key });
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.result.open.push({ key, name, sentence });
  }
}

function lowerText(tokens: Token[]): string {
  return tokens.map((t) => t.lower).join(' ');
}

function matchesAt(tokens: Token[], at: number, phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.every((w, k) => tokens[at + k]?.lower === w);
}
