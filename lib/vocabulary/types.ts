import type { z } from 'zod';
import type {
  bilingualTextSchema,
  countrySchema,
  documentKindKeySchema,
  documentKindSchema,
  frameworkSchema,
  glossaryEntrySchema,
  langSchema,
  organisationKindSchema,
  organisationSchema,
  researchMethodSchema,
} from './schemas';

// Shapes of the controlled bilingual vocabularies, inferred from the schemas that check the data files (schemas.ts
// documents each field). Each entry has a stable `key` (public: it appears in URLs and in curators' sidecar
// files), names in English and Indonesian, and the surface forms that identify it in text.

export type Lang = z.infer<typeof langSchema>;
export type BilingualText = z.infer<typeof bilingualTextSchema>;
export type OrganisationKind = z.infer<typeof organisationKindSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Framework = z.infer<typeof frameworkSchema>;
export type ResearchMethod = z.infer<typeof researchMethodSchema>;
export type DocumentKindKey = z.infer<typeof documentKindKeySchema>;
export type DocumentKind = z.infer<typeof documentKindSchema>;
/** One pair of the cross-language glossary: terms that mean the same in the field, in both languages. */
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** A name whose OCR/extraction confusions are repaired by the cleaner, e.g. "[JM" -> "IJM". */
export interface KnownName {
  canonical: string;
}
