import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateIngest } from '@/lib/eval/evaluate-ingest';
import { SCORED_FIELDS, type IngestScore } from '@/lib/eval/score-ingest';
import {
  listTexts,
  makeLayout,
  pdfNameOf,
  writePdfKey,
  type LayoutName,
} from '../support/pdf/make-test-pdfs';

// The dev set rendered to PDF by the project's own renderers and read back through the PDF front of the cascade:
// a text-layer PDF may lose at most 3 points against the same documents as .txt, a 300 dpi scan read by Tesseract
// at most 10. Both sides are measured in this run, so a change that helps .txt and breaks PDFs still fails here.
const DEVSET = 'tests/fixtures/devset';
const layouts: { layout: LayoutName; allowance: number }[] = [
  { layout: 'one-column', allowance: 0.03 },
  { layout: 'two-column', allowance: 0.03 },
  { layout: 'scan', allowance: 0.1 },
];

const table = (score: IngestScore) =>
  SCORED_FIELDS.map((f) => `${f} ${(100 * score.fields[f]).toFixed(0)}%`).join(', ');

describe('the dev set as PDFs', () => {
  let root = '';
  let keyFile = '';
  let asText: IngestScore;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'telaah-pdf-devset-'));
    const names = await listTexts(`${DEVSET}/texts`);
    keyFile = path.join(root, 'key.json');
    await writePdfKey(`${DEVSET}/key.json`, names.map(pdfNameOf), keyFile);
    asText = await evaluateIngest(`${DEVSET}/texts`, `${DEVSET}/key.json`);
    for (const { layout } of layouts) await makeLayout(`${DEVSET}/texts`, root, names, layout);
  }, 600_000);

  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it.each(layouts)(
    'in the $layout layout scores within $allowance of the same texts',
    async ({ layout, allowance }) => {
      const score = await evaluateIngest(path.join(root, layout), keyFile);
      const report = `${layout} ${(100 * score.overall).toFixed(1)}% (${table(score)}); as .txt ${(100 * asText.overall).toFixed(1)}%`;
      console.log(report); // the figures the issue asks to report, in every CI log
      expect(score.missing, report).toEqual([]);
      expect(score.overall, report).toBeGreaterThanOrEqual(asText.overall - allowance);
    },
    600_000,
  );
});
