// The cue phrases of the open vocabulary: the words around a framework's name when a study states the lens it
// uses ("menggunakan teori X", "the concept of X", "X theory"), and the words that follow the same cues without
// naming a framework (methods, generic words). Data in data/framework-cues.yaml, checked when first read.
import { z } from 'zod';
import { loadDataFile } from './load-data';

export const frameworkCueSchema = z
  .object({
    phrase: z.string().regex(/^[\p{Ll}\p{N}][\p{Ll}\p{N} -]*$/u, 'a cue is lower-case words'),
    role: z.enum(['before', 'after', 'not-framework']),
    plural: z.boolean().optional(),
    weak: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

export type FrameworkCue = z.infer<typeof frameworkCueSchema>;

let cues: FrameworkCue[] | undefined;

export function getFrameworkCues(): FrameworkCue[] {
  cues ??= loadDataFile('framework-cues.yaml', frameworkCueSchema);
  return cues;
}
