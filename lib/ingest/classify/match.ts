// Finds vocabulary aliases in text. Matching is on whole words; an alias written in capitals only (an acronym) is
// matched case-sensitively, because "WHO", "AS" or "US" are also ordinary words. Where two aliases overlap, the
// longer wins, so "Departemen Luar Negeri AS" is one organisation and not a ministry plus a country.

export interface AliasSpec {
  key: string;
  /** Which vocabulary the key belongs to ("organisation", "country", ...). */
  kind: string;
  alias: string;
}

export interface AliasHit extends AliasSpec {
  start: number;
  end: number;
}

// Aliases are compiled into a few sticky regular expressions, one per case mode and first letter, each with one
// capture group per alias. At every word start only the bucket for that letter is tried: a handful of expressions
// instead of a thousand keeps compiling cheap, and trying every word start still finds overlapping candidates so
// the longest can win.
interface CompiledGroup {
  pattern: RegExp;
  specs: AliasSpec[]; // specs[i] is capture group i + 1
}

// Acronyms that are also words; in a run of capitals (a title typed in upper case) they are not trusted.
const WORD_LIKE_ACRONYMS = new Set([
  'AS',
  'US',
  'UN',
  'WHO',
  'IT',
  'IS',
  'ON',
  'OR',
  'AN',
  'AT',
  'HI',
  'SLR',
  'TAN',
  'UE',
]);

const SYNTAX_CHARS = /[\\^$.*+?()[\]{}|/]/g;

export function isAcronym(alias: string): boolean {
  return !/\p{Ll}/u.test(alias) && (alias.match(/\p{Lu}/gu)?.length ?? 0) >= 2;
}

/** The regular-expression source for one alias: tolerant of spacing, hyphens, apostrophes and UK/US spelling. */
export function aliasSource(alias: string): string {
  let source = alias.trim().replace(SYNTAX_CHARS, '\\$&');
  source = source
    .replace(/['’‘`]/g, "['’‘`]")
    .replace(/\s*-\s*/g, '[-‐‑–—\\s]?\\s*')
    .replace(/\s+/g, '\\s+')
    .replace(/i[sz]ation/gi, (m) => `${m[0]}[sz]ation`)
    .replace(/i[sz]ing/gi, (m) => `${m[0]}[sz]ing`)
    .replace(/labou?r/gi, (m) => `${m.slice(0, 4)}u?r`)
    .replace(/behaviou?r/gi, (m) => `${m.slice(0, 6)}ou?r`)
    .replace(/cent(?:er|re)\b/gi, (m) => `${m.slice(0, 4)}(?:er|re)`);
  // A trailing plural "s" is tolerated: "Civil Society Organizations", "CSOs", "Arenas".
  if (/[\p{L}]$/u.test(alias)) source += 's?';
  return source;
}

function compileGroup(specs: AliasSpec[], flags: string): CompiledGroup {
  // Longer aliases first, so that at one position the fullest name is the alternative that matches.
  const ordered = [...specs].sort((a, b) => b.alias.length - a.alias.length);
  const alternatives = ordered.map((spec) => `(${aliasSource(spec.alias)}(?![\\p{L}\\p{N}]))`).join('|');
  return { pattern: new RegExp(`(?:${alternatives})`, flags), specs: ordered };
}

function bucket(specs: AliasSpec[], fold: (c: string) => string, flags: string): Map<string, CompiledGroup> {
  const byFirst = new Map<string, AliasSpec[]>();
  for (const spec of specs) {
    const first = fold(spec.alias.trim()[0] ?? '');
    byFirst.set(first, [...(byFirst.get(first) ?? []), spec]);
  }
  return new Map([...byFirst].map(([first, group]) => [first, compileGroup(group, flags)]));
}

const WORD_START = /(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu;

function inCapitalsRun(text: string, start: number, end: number): boolean {
  const around = text.slice(Math.max(0, start - 40), Math.min(text.length, end + 40));
  return !/\p{Ll}/u.test(around);
}

export class AliasMatcher {
  private readonly sensitive: Map<string, CompiledGroup>;
  private readonly insensitive: Map<string, CompiledGroup>;

  constructor(specs: AliasSpec[]) {
    const seen = new Set<string>();
    const sensitive: AliasSpec[] = [];
    const insensitive: AliasSpec[] = [];
    for (const spec of specs) {
      const id = `${spec.kind}\u0000${spec.key}\u0000${spec.alias}`;
      if (spec.alias.trim() === '' || seen.has(id)) continue;
      seen.add(id);
      (isAcronym(spec.alias) ? sensitive : insensitive).push(spec);
    }
    this.sensitive = bucket(sensitive, (c) => c, 'uy');
    this.insensitive = bucket(insensitive, (c) => c.toLowerCase(), 'iuy');
  }

  private tryAt(group: CompiledGroup | undefined, text: string, index: number): AliasHit | null {
    if (!group) return null;
    group.pattern.lastIndex = index;
    const m = group.pattern.exec(text);
    if (!m) return null;
    const at = m.findIndex((g, i) => i > 0 && g !== undefined);
    const spec = group.specs[at - 1];
    if (!spec) return null;
    const end = index + m[0].length;
    if (WORD_LIKE_ACRONYMS.has(spec.alias) && isAcronym(spec.alias) && inCapitalsRun(text, index, end))
      return null;
    return { key: spec.key, kind: spec.kind, alias: spec.alias, start: index, end };
  }

  /** Non-overlapping hits between `from` and `to`, in text order. */
  find(text: string, from = 0, to = text.length): AliasHit[] {
    const region = to < text.length ? text.slice(0, to) : text;
    const candidates: AliasHit[] = [];
    WORD_START.lastIndex = from;
    for (let w = WORD_START.exec(region); w; w = WORD_START.exec(region)) {
      const first = w[0];
      for (const hit of [
        this.tryAt(this.sensitive.get(first), region, w.index),
        this.tryAt(this.insensitive.get(first.toLowerCase()), region, w.index),
      ]) {
        if (hit) candidates.push(hit);
      }
    }
    candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
    // Longest first; a hit is accepted when none of its characters is taken yet. Marking taken characters keeps
    // this linear in the hits' lengths, where comparing each hit with every accepted one was quadratic.
    const taken = new Uint8Array(Math.max(0, region.length - from));
    const accepted: AliasHit[] = [];
    for (const hit of candidates) {
      let free = true;
      for (let i = hit.start; i < hit.end && free; i += 1) if (taken[i - from]) free = false;
      if (!free) continue;
      taken.fill(1, hit.start - from, hit.end - from);
      accepted.push(hit);
    }
    return accepted.sort((a, b) => a.start - b.start);
  }
}
