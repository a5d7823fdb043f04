// Shapes of the controlled bilingual vocabularies. Each entry has a stable `key` (public: it appears in URLs and
// in curators' sidecar files), names in English and Indonesian, and the surface forms that identify it in text.

export type Lang = 'id' | 'en';

export interface BilingualText {
  en: string;
  id: string;
}

export type OrganisationKind = 'igo' | 'ingo' | 'ngo' | 'regional' | 'un-agency' | 'government' | 'other';

export interface Organisation {
  key: string; // e.g. "iom"
  name: BilingualText; // canonical names, e.g. { en: "International Organization for Migration", id: "Organisasi Internasional untuk Migrasi" }
  acronym?: string; // e.g. "IOM"
  kind: OrganisationKind;
  /** Other names and spellings met in text (both languages), matched case-insensitively on word boundaries. */
  aliases: string[];
  /** Country key for national agencies (e.g. the Philippines' DSWD), absent for international bodies. */
  country?: string;
}

export interface Country {
  key: string; // ISO 3166-1 alpha-2, lower case, e.g. "ph"
  name: BilingualText; // { en: "Philippines", id: "Filipina" }
  aliases: string[]; // other forms met in text: "Republic of the Philippines", "Pilipina", demonyms are NOT aliases
  region?: string; // e.g. "Southeast Asia"
}

export interface Framework {
  key: string; // e.g. "transnational-advocacy-networks"
  name: BilingualText;
  acronym?: string; // "TAN"
  /** What the framework is, in our own words, one or two sentences per language. */
  summary: BilingualText;
  keyAuthors: string[]; // "Margaret E. Keck", "Kathryn Sikkink"
  /** Mechanisms, roles or dimensions the framework names; each with its bilingual name and how to spot it in text. */
  mechanisms: { key: string; name: BilingualText; aliases: string[] }[];
  unitOfAnalysis: BilingualText;
  /** Phrases that signal the framework is used, in either language (matched case-insensitively). */
  aliases: string[];
  /** Family: "theory" for grand theories, "concept" for concepts used as analytical lenses. */
  family: 'theory' | 'concept' | 'approach';
  /**
   * Key of a more general framework that this one specialises (Archer's roles specialise the generic "role of
   * international organisations" concept). When a study names both, the classifier keeps only the specific one.
   */
  broader?: string;
}

export interface ResearchMethod {
  key: string; // "qualitative", "descriptive", "literature-review", ...
  name: BilingualText;
  aliases: string[];
}

export type DocumentKindKey =
  'thesis-abstract' | 'thesis' | 'journal-article' | 'conference-paper' | 'report' | 'unknown';

export interface DocumentKind {
  key: DocumentKindKey;
  name: BilingualText;
}

/** One pair of the cross-language glossary: terms that mean the same in the field, in both languages. */
export interface GlossaryEntry {
  en: string[]; // first is the preferred term, the rest synonyms/acronyms: ["human trafficking", "trafficking in persons", "TIP"]
  id: string[]; // ["perdagangan manusia", "perdagangan orang", "TPPO"]
}

/** A name whose OCR/extraction confusions are repaired by the cleaner, e.g. "[JM" -> "IJM". */
export interface KnownName {
  canonical: string;
}
