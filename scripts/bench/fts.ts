// The SQLite FTS5 baseline: same documents, BM25 with the same field weights, ORDER BY rank, top 20. Two
// variants per query: `query` is the ranking alone; `page` does what a search page built on FTS5 must do and
// what our figures include: the top 20 with snippets, the hit count and the facet counts of the hits.
import Database from 'better-sqlite3';
import { facetValuesOf } from '../../lib/search/facets';
import type { IndexableStudy } from '../../lib/search/types';

export function buildFts(studies: IndexableStudy[], file: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.exec(`CREATE VIRTUAL TABLE fts USING fts5(title, keywords, abstract, body, tokenize = 'unicode61 remove_diacritics 2');
    CREATE TABLE meta (rowid INTEGER PRIMARY KEY, org TEXT, country TEXT);
    CREATE INDEX meta_org ON meta (org, country);
    CREATE TABLE facet (doc INTEGER NOT NULL, value TEXT NOT NULL);`);
  const ins = db.prepare('INSERT INTO fts (rowid, title, keywords, abstract, body) VALUES (?, ?, ?, ?, ?)');
  const meta = db.prepare('INSERT INTO meta (rowid, org, country) VALUES (?, ?, ?)');
  const facet = db.prepare('INSERT INTO facet (doc, value) VALUES (?, ?)');
  db.transaction(() => {
    studies.forEach((s, i) => {
      ins.run(
        i + 1,
        `${s.title.id ?? ''} ${s.title.en ?? ''}`,
        [...s.keywords.id, ...s.keywords.en].join('; '),
        `${s.abstract.id ?? ''} ${s.abstract.en ?? ''}`,
        s.sections.map((x) => x.text).join('\n'),
      );
      meta.run(i + 1, s.facets.organisation[0] ?? '', s.facets.country[0] ?? '');
      for (const [k, v] of facetValuesOf(s.facets)) facet.run(i + 1, `${k}:${v}`);
    });
  })();
  db.exec(`CREATE INDEX facet_doc ON facet (doc, value)`);
  db.exec(`INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(8.0, 5.0, 3.0, 1.0)')`);
  db.close();
}

/** The queries over a database written by buildFts. */
export function openFts(file: string) {
  const db = new Database(file, { readonly: true });
  const search = db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20');
  const filtered = db.prepare(
    'SELECT fts.rowid FROM fts JOIN meta ON meta.rowid = fts.rowid WHERE fts MATCH ? AND meta.org = ? AND meta.country = ? ORDER BY rank LIMIT 20',
  );
  const snippets = db.prepare(
    `SELECT rowid, snippet(fts, -1, '<mark>', '</mark>', '…', 34) AS html FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 20`,
  );
  const facets = db.prepare(
    'SELECT value, count(*) AS n FROM facet WHERE doc IN (SELECT rowid FROM fts WHERE fts MATCH ?) GROUP BY value',
  );
  const filteredSnippets = db.prepare(
    `SELECT fts.rowid, snippet(fts, -1, '<mark>', '</mark>', '…', 34) AS html FROM fts JOIN meta ON meta.rowid = fts.rowid
     WHERE fts MATCH ? AND meta.org = ? AND meta.country = ? ORDER BY rank LIMIT 20`,
  );
  const filteredFacets = db.prepare(
    `SELECT value, count(*) AS n FROM facet WHERE doc IN (SELECT fts.rowid FROM fts JOIN meta ON meta.rowid = fts.rowid
     WHERE fts MATCH ? AND meta.org = ? AND meta.country = ?) GROUP BY value`,
  );
  return {
    query: (q: string) => search.all(q),
    filtered: (q: string, org: string, country: string) => filtered.all(q, org, country),
    // The hit count is the sum of the kind facet (one kind per study), so no separate count(*) is run.
    page: (q: string) => [snippets.all(q), facets.all(q)],
    filteredPage: (q: string, org: string, country: string) => [
      filteredSnippets.all(q, org, country),
      filteredFacets.all(q, org, country),
    ],
    close: () => db.close(),
  };
}
