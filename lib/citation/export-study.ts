// One study as a file for a reference manager: the downloads of a study page (app/studies/[id]/cite/[format]).
import { z } from 'zod';
import type { ListStudy } from '../reading-lists/types';
import { exportFilename, FILE_TYPES, type ExportFile } from './export-list';
import { formatBibtex } from './format-bibtex';
import { formatCslJson } from './format-csl-json';
import { formatRis } from './format-ris';
import { studyToCsl, toCslName } from './study-to-csl';

export const STUDY_EXPORT_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
export const studyExportFormatSchema = z.enum(STUDY_EXPORT_FORMATS);
export type StudyExportFormat = (typeof STUDY_EXPORT_FORMATS)[number];

/** The study's page in Telaah, absolute, or undefined when the public base URL is unknown. */
export function studyUrl(baseUrl: string | null, id: string): string | undefined {
  return baseUrl === null ? undefined : `${baseUrl}/studies/${id}`;
}

/** "amalia-2020-upaya-international-organization.bib": whom, when and what, as a reference manager's file. */
function studyFilename(study: ListStudy, format: StudyExportFormat): string {
  const author = study.authors[0] ? toCslName(study.authors[0]).family : undefined;
  const words = study.title.split(/\s+/).slice(0, 4).join(' ');
  return exportFilename([author, study.year, words].filter(Boolean).join(' '), format, study.id);
}

export function exportStudy(study: ListStudy, format: StudyExportFormat, baseUrl: string | null): ExportFile {
  const items = [studyToCsl(study, studyUrl(baseUrl, study.id))];
  const body =
    format === 'bibtex' ? formatBibtex(items) : format === 'ris' ? formatRis(items) : formatCslJson(items);
  return { body, contentType: FILE_TYPES[format].contentType, filename: studyFilename(study, format) };
}
