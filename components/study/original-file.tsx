import type { StudyDetail } from '@/lib/db/types';
import { getI18n } from '@/lib/i18n/get-i18n';

/** The original PDF (or a harvested record's XML), and a word of caution when some pages were read by OCR. */
export async function OriginalFile({ study }: { study: StudyDetail }) {
  if (!study.original) return null;
  const { t } = await getI18n();
  const scanned = study.pages.filter((p) => p.ocrConfidence !== null);
  const confidence = scanned.length
    ? Math.round(scanned.reduce((sum, p) => sum + (p.ocrConfidence ?? 0), 0) / scanned.length)
    : null;
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
      <a
        href={study.original.href}
        data-testid="original-file"
        className="text-teal-800 underline underline-offset-2 hover:text-teal-950"
      >
        {study.format === 'harvest' ? t.study.originalRecord : t.study.originalPdf}
      </a>
      <span className="text-stone-600">{study.original.fileName}</span>
      {confidence !== null ? (
        <span className="text-stone-700" data-testid="ocr-note">
          {t.study.ocrPages(scanned.length, confidence)}
        </span>
      ) : null}
    </p>
  );
}
