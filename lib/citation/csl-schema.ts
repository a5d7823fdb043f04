// The CSL-JSON fields Telaah emits, as a zod schema. Transcribed from the official CSL data schema
// (citation-style-language/schema, schemas/input/csl-data.json, v1.0, commit e3ce254a72c4470a5ed3b9d23b428017d25674e9,
// read from a repository mirror; the file itself is not vendored or downloaded at test time): the same `type`
// enum, name and date shapes and `additionalProperties: false`, restricted to the fields we fill.
import { z } from 'zod';

// prettier-ignore
export const CSL_TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book', 'broadcast', 'chapter',
  'classic', 'collection', 'dataset', 'document', 'entry', 'entry-dictionary', 'entry-encyclopedia', 'event',
  'figure', 'graphic', 'hearing', 'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical', 'personal_communication',
  'post', 'post-weblog', 'regulation', 'report', 'review', 'review-book', 'software', 'song', 'speech', 'standard',
  'thesis', 'treaty', 'webpage',
] as const;

// csl-data.json allows family/given/literal/particles/suffix with additionalProperties: false; we use three.
export const cslNameSchema = z.strictObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
});

// The structured date alternative: date-parts is 1-2 arrays of 1-3 parts.
export const cslDateSchema = z.strictObject({
  'date-parts': z
    .array(
      z
        .array(z.union([z.string(), z.number()]))
        .min(1)
        .max(3),
    )
    .min(1)
    .max(2),
});

export const cslItemSchema = z.strictObject({
  id: z.union([z.string(), z.number()]),
  type: z.enum(CSL_TYPES),
  title: z.string().optional(),
  author: z.array(cslNameSchema).optional(),
  issued: cslDateSchema.optional(),
  'container-title': z.string().optional(),
  volume: z.union([z.string(), z.number()]).optional(),
  issue: z.union([z.string(), z.number()]).optional(),
  publisher: z.string().optional(),
  genre: z.string().optional(),
  note: z.string().optional(),
  language: z.string().optional(),
  abstract: z.string().optional(),
  URL: z.string().optional(),
  DOI: z.string().optional(),
});

export const cslDataSchema = z.array(cslItemSchema);
export type CslItem = z.infer<typeof cslItemSchema>;
export type CslName = z.infer<typeof cslNameSchema>;
