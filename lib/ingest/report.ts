import type { FileOutcome, IngestSummary } from './ingest-corpus';
import type { RunIngestResult } from './run-ingest';

// What the ingest prints, shared by `npm run ingest` and `npm start`. File names come from the corpus folder and
// may hold anything a file name can: a newline or an ANSI escape in one would garble the terminal, so they are
// shown with control characters escaped.

/** A file name or message safe to print: control characters (C0, DEL, C1) written as \n, \t or \xNN / \uNNNN. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code < 0x100
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

export function describeOutcome(outcome: FileOutcome): string {
  const reason = outcome.error ? `: ${printable(outcome.error)}` : '';
  return `${outcome.status.padEnd(9)} ${printable(outcome.file)}${reason}`;
}

export function describeCounts(summary: IngestSummary): string {
  const c = summary.counts;
  return (
    `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed, ${c.failed} failed` +
    (c.skipped ? `, ${c.skipped} skipped` : '')
  );
}

export function describeIndex(result: Pick<RunIngestResult, 'indexReason' | 'indexed'>): string {
  if (result.indexReason === 'index-stale')
    return `Search index rebuilt (${result.indexed} studies): it did not match the store (an earlier build did not finish).`;
  if (result.indexed !== null) return `Search index rebuilt (${result.indexed} studies).`;
  return 'Search index matches the store.';
}

/** Exit code of an ingest: 0 every document stored or unchanged, 2 some failed (the others are stored). */
export function exitCodeOf(summary: IngestSummary): number {
  return summary.counts.failed > 0 ? 2 : 0;
}

/** Lines naming the possible near-duplicates, for the end of the summary. */
export function describeNearDuplicates(result: Pick<RunIngestResult, 'nearDuplicates'>): string[] {
  return (result.nearDuplicates ?? []).map(
    ({ files, similarity }) =>
      `possibly the same study: ${printable(files[0])} and ${printable(files[1])} (similarity ${similarity.toFixed(2)})`,
  );
}

/** Lines naming the harvested records that were merged into a file's study by this ingest. */
export function describeAdopted(result: Pick<RunIngestResult, 'adopted'>): string[] {
  return result.adopted.map(
    (a) =>
      `merged    record ${a.identifier} (harvested from ${a.sourceKey}) into ${printable(a.file)}: ` +
      (a.by === 'doi' ? 'the same DOI' : 'the same study'),
  );
}
