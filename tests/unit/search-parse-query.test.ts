import { describe, expect, it } from 'vitest';
import { authorQuery, formatQuery, parseQuery } from '@/lib/search/parse-query';

const word = (text: string, field: string | null = null) => ({ kind: 'word', text, field });
const phrase = (text: string, field: string | null = null) => ({ kind: 'phrase', text, field });

describe('the search language parser', () => {
  it('plain words are one clause each, AND implied', () => {
    expect(parseQuery('human trafficking').clauses).toEqual([
      { negated: false, anyOf: [word('human')] },
      { negated: false, anyOf: [word('trafficking')] },
    ]);
  });

  it('a quoted phrase is one leaf, a missing closing quote runs to the end', () => {
    expect(parseQuery('"agenda setter" IJM').clauses).toEqual([
      { negated: false, anyOf: [phrase('agenda setter')] },
      { negated: false, anyOf: [word('IJM')] },
    ]);
    expect(parseQuery('“perdagangan manusia').clauses[0]!.anyOf).toEqual([phrase('perdagangan manusia')]);
  });

  it('-word and -"phrase" are exclusions, never words to find', () => {
    expect(parseQuery('trafficking -IOM -"agenda setter"').clauses).toEqual([
      { negated: false, anyOf: [word('trafficking')] },
      { negated: true, anyOf: [word('IOM')] },
      { negated: true, anyOf: [phrase('agenda setter')] },
    ]);
  });

  it('a hyphen inside a word is part of the word', () => {
    expect(parseQuery('kualitatif-deskriptif non-negara').clauses).toEqual([
      { negated: false, anyOf: [word('kualitatif-deskriptif')] },
      { negated: false, anyOf: [word('non-negara')] },
    ]);
  });

  it('OR joins its neighbours into one clause and binds tighter than AND', () => {
    expect(parseQuery('trafficking IOM OR IJM OR "Justice Mission"').clauses).toEqual([
      { negated: false, anyOf: [word('trafficking')] },
      { negated: false, anyOf: [word('IOM'), word('IJM'), phrase('Justice Mission')] },
    ]);
  });

  it('explicit AND is an operator and is dropped; lower-case and/or stay words', () => {
    expect(parseQuery('IOM AND Indonesia').clauses).toEqual([
      { negated: false, anyOf: [word('IOM')] },
      { negated: false, anyOf: [word('Indonesia')] },
    ]);
    expect(parseQuery('war or peace').clauses.map((c) => c.anyOf[0]!.text)).toEqual(['war', 'or', 'peace']);
  });

  it('OR at either end, or twice, is ignored; a negated leaf never joins an OR', () => {
    expect(parseQuery('OR IOM OR').clauses).toEqual([{ negated: false, anyOf: [word('IOM')] }]);
    expect(parseQuery('IOM OR -IJM').clauses).toEqual([
      { negated: false, anyOf: [word('IOM')] },
      { negated: true, anyOf: [word('IJM')] },
    ]);
    expect(parseQuery('-IOM OR IJM').clauses).toEqual([
      { negated: true, anyOf: [word('IOM')] },
      { negated: false, anyOf: [word('IJM')] },
    ]);
  });

  it('field prefixes, in English and Indonesian, on words and phrases, negated too', () => {
    expect(parseQuery('author:Saragih judul:"human trafficking" -venue:DIKSHI kw:OSEC').clauses).toEqual([
      { negated: false, anyOf: [word('Saragih', 'author')] },
      { negated: false, anyOf: [phrase('human trafficking', 'title')] },
      { negated: true, anyOf: [word('DIKSHI', 'venue')] },
      { negated: false, anyOf: [word('OSEC', 'keyword')] },
    ]);
  });

  it('an unknown prefix is part of the word', () => {
    expect(parseQuery('http://example.org').clauses).toEqual([
      { negated: false, anyOf: [word('http://example.org')] },
    ]);
  });

  it('lone signs, quotes and parentheses have nothing to find', () => {
    expect(parseQuery('- "" ( ) --').clauses).toEqual([]);
    expect(parseQuery('(IOM OR IJM)').clauses).toEqual([
      { negated: false, anyOf: [word('IOM'), word('IJM')] },
    ]);
  });

  it('formatQuery writes the canonical query back; authorQuery quotes a name', () => {
    expect(formatQuery(parseQuery('a  OR b -"c d" author:x'))).toBe('a OR b -"c d" author:x');
    expect(authorQuery('Eriston Saragih')).toBe('author:"Eriston Saragih"');
    expect(parseQuery(authorQuery('A.A.A.K. "Devi"')).clauses).toEqual([
      { negated: false, anyOf: [phrase('A.A.A.K. Devi', 'author')] },
    ]);
  });
});
