// What a harvest prints, shared by `npm run harvest` and `npm start`'s refresh of the configured sources.
import { describeIndex, printable } from '../ingest/report';
import type { HarvestProblem } from './harvest-pages';
import type { HarvestSummary } from './run-harvest';

export function describeProblem(problem: HarvestProblem): string {
  const where = problem.page === null ? '' : `page ${problem.page}`;
  const record = problem.identifier === undefined ? '' : `record ${problem.identifier ?? '(no identifier)'}`;
  const place = [where, record].filter(Boolean).join(', ');
  return printable(`${place ? `${place}: ` : ''}${problem.message}`);
}

export function describeHarvest(summary: HarvestSummary): string[] {
  const c = summary.counts;
  const since = summary.from ? `changes since ${summary.from}` : 'every record';
  const lines = [
    `Harvested ${printable(summary.repositoryName)} (${summary.source}), ${since}, ${summary.pages} page(s): ` +
      `${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged, ${c.merged} merged with a file, ` +
      `${c.deleted} deleted, ${c.failed} failed.`,
  ];
  if (!summary.complete)
    lines.push(
      `The harvest did not reach the end of the list (${printable(summary.stopped ?? 'stopped')}); ` +
        'what it stored is kept, and the next run starts again from the same date.',
    );
  lines.push(describeIndex(summary));
  return lines;
}

/** 0 complete with no failed record; 2 some records or pages failed (the rest is stored); 1 is for a run that could not start. */
export function harvestExitCode(summary: HarvestSummary): number {
  return summary.complete && summary.counts.failed === 0 ? 0 : 2;
}
