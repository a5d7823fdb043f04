// What the OAI-PMH provider reads of a study: its header (identifier, datestamp, sets) and its Dublin Core.
import type { Db } from '../db/client';
import type { Named } from '../db/types';

export type SetFacet = 'organisation' | 'country' | 'framework';

/** A set a harvester may ask for: every study with the facet (`organisation`), or with one value of it. */
export interface SetSelection {
  facet: SetFacet;
  key?: string;
}

/** Which studies a list request covers: updatedAt in [from, before), and in the set. */
export interface StudySelection {
  from?: Date;
  before?: Date;
  set?: SetSelection;
}

export interface OaiStudy {
  id: string;
  updatedAt: Date;
  kind: string;
  languages: string[];
  titles: { id: string | null; en: string | null };
  abstracts: { id: string | null; en: string | null };
  authors: string[];
  keywords: { language: string; value: string }[];
  /** Subject organisations of the curated vocabulary (what the study is about, as the app's facet). */
  organisations: Named[];
  countries: Named[];
  frameworks: Named[];
  venue: string | null;
  year: number | null;
  doi: string | null;
  url: string | null;
}

/** What a verb needs besides its arguments. */
export interface OaiContext {
  /** The public base URL of the app (no trailing slash): the study pages are under it, the endpoint at /oai. */
  baseUrl: string;
  /** The host part of item identifiers (lib/oai/oai-identifier.ts). */
  repository: string;
  adminEmail: string;
  /** Records per ListIdentifiers/ListRecords page. */
  pageSize: number;
  db: Db;
}
