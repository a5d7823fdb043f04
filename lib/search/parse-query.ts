// The search language, parsed into a small typed tree before any analysis, so operators are never searched as
// words. A query is a conjunction of clauses; a clause is one leaf or leaves joined by OR; a leaf is a word or a
// quoted phrase, optionally restricted to a field (`author:Saragih`, `title:"human trafficking"`) and optionally
// negated (`-IOM`, `-"agenda setter"`). Implicit AND between clauses; `AND` in capitals is accepted and ignored;
// `OR` in capitals binds tighter than AND, as in web search engines (`a b OR c` = a AND (b OR c)). A negated leaf
// always stands alone (`a OR -b` = a AND NOT b): "this or not that" is almost never what a searcher means.
// Lower-case "and"/"or" stay words (English stop words anyway). No parentheses: they are read as spaces.

export const QUERY_FIELDS = ['author', 'title', 'venue', 'keyword'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

export interface QueryLeaf {
  kind: 'word' | 'phrase';
  /** The text as typed, without quotes, sign or field prefix. */
  text: string;
  field: QueryField | null;
}
export interface QueryClause {
  negated: boolean;
  /** At least one leaf; more than one when joined by OR. */
  anyOf: QueryLeaf[];
}
export interface ParsedQuery {
  clauses: QueryClause[];
}

// Field names as typed (English, Indonesian, and a few short forms) to the field they restrict to.
const FIELD_NAMES: Record<string, QueryField> = {
  author: 'author',
  authors: 'author',
  penulis: 'author',
  by: 'author',
  title: 'title',
  judul: 'title',
  venue: 'venue',
  journal: 'venue',
  jurnal: 'venue',
  keyword: 'keyword',
  keywords: 'keyword',
  kw: 'keyword',
};

type Token = { type: 'leaf'; leaf: QueryLeaf; negated: boolean } | { type: 'or' } | { type: 'and' };

// One token: optional "-", optional "field:", then a quoted phrase (closing quote optional) or a run of
// characters up to a space, quote or parenthesis. Typographic quotes count as quotes.
const TOKEN = /(-?)(?:([\p{L}]+):)?(?:["“”]([^"“”]*)["“”]?|([^\s"“”()]+))/gu;

function tokenizeQuery(q: string): Token[] {
  const out: Token[] = [];
  for (const m of q.matchAll(TOKEN)) {
    const [, sign, fieldName, phrase, word] = m;
    const field = fieldName ? (FIELD_NAMES[fieldName.toLowerCase()] ?? null) : null;
    if (phrase === undefined && !sign && !fieldName && word === 'OR') out.push({ type: 'or' });
    else if (phrase === undefined && !sign && !fieldName && word === 'AND') out.push({ type: 'and' });
    else {
      // An unknown prefix ("http:", "foo:") is part of the word, not a field.
      const prefix = fieldName && !field ? `${fieldName}:` : '';
      const text = phrase ?? `${prefix}${word ?? ''}`;
      // A word of only signs or punctuation ("-", "--") has nothing to find.
      if (!/[\p{L}\p{N}]/u.test(text)) continue;
      const kind = phrase === undefined ? 'word' : 'phrase';
      out.push({ type: 'leaf', leaf: { kind, text: text.trim(), field }, negated: sign === '-' });
    }
  }
  return out;
}

export function parseQuery(q: string): ParsedQuery {
  const clauses: QueryClause[] = [];
  let joinNext = false; // the previous token was OR
  for (const token of tokenizeQuery(q)) {
    if (token.type === 'and') {
      joinNext = false;
      continue;
    }
    if (token.type === 'or') {
      const last = clauses[clauses.length - 1];
      joinNext = last !== undefined && !last.negated;
      continue;
    }
    const last = clauses[clauses.length - 1];
    if (joinNext && last && !token.negated) last.anyOf.push(token.leaf);
    else clauses.push({ negated: token.negated, anyOf: [token.leaf] });
    joinNext = false;
  }
  return { clauses };
}

/** The query written back in its own syntax: the canonical form of a parsed query (for links and tests). */
export function formatQuery(parsed: ParsedQuery): string {
  const leaf = (l: QueryLeaf) =>
    `${l.field ? `${l.field}:` : ''}${l.kind === 'phrase' || /\s/.test(l.text) ? `"${l.text}"` : l.text}`;
  return parsed.clauses
    .map((c) => (c.negated ? '-' : '') + c.anyOf.map(leaf).join(' OR '))
    .join(' ')
    .trim();
}

/** A search for one author's studies, as an author link writes it. */
export function authorQuery(name: string): string {
  return `author:"${name.replace(/["“”]/g, '')}"`;
}
