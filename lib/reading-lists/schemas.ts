// zod schemas for every reading-list input: the one place where lengths and allowed values are set.
import { z } from 'zod';
import { LIMITS } from './limits';
import { IMPORTANCE, LIST_LANGUAGES } from './types';

export { LIMITS };

/** Trimmed text; an empty optional field is stored as null. */
const requiredText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);
const optionalText = (max: number, what: string) =>
  z
    .string({ error: `${what} must be text` })
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .transform((value) => value || null)
    .nullable()
    .optional();

export const studyIdSchema = z
  .string({ error: 'studyId must be text' })
  .regex(/^[a-z0-9_-]{1,200}$/, 'studyId is not a study id');
const versionSchema = z
  .number({ error: 'version must be a number' })
  .int()
  .positive('version must be positive');
const positionSchema = z
  .number({ error: 'position must be a number' })
  .int()
  .min(0, 'position must be 0 or more');
const importanceSchema = z.enum(IMPORTANCE, { error: 'importance must be "essential" or "further"' });

export const createListSchema = z.strictObject({
  title: requiredText(LIMITS.title, 'title'),
  course: optionalText(LIMITS.course, 'course'),
  description: optionalText(LIMITS.description, 'description'),
  language: z.enum(LIST_LANGUAGES, { error: 'language must be "en" or "id"' }).default('en'),
  sectionTitle: requiredText(LIMITS.sectionTitle, 'sectionTitle').optional(),
});

export const updateListSchema = z.strictObject({
  version: versionSchema,
  title: requiredText(LIMITS.title, 'title').optional(),
  course: optionalText(LIMITS.course, 'course'),
  description: optionalText(LIMITS.description, 'description'),
  language: z.enum(LIST_LANGUAGES, { error: 'language must be "en" or "id"' }).optional(),
});

export const addSectionSchema = z.strictObject({
  version: versionSchema,
  title: requiredText(LIMITS.sectionTitle, 'title'),
});
export const renameSectionSchema = addSectionSchema;
export const moveSectionSchema = z.strictObject({ version: versionSchema, position: positionSchema });
export const versionOnlySchema = z.strictObject({ version: versionSchema });

export const addItemSchema = z.strictObject({
  // Optional: appending a study cannot overwrite anyone's work, so "add to list" from a search result may send
  // it without knowing the list's version. Every other edit must carry it.
  version: versionSchema.optional(),
  studyId: studyIdSchema,
  sectionId: z.number().int().positive().optional(),
  importance: importanceSchema.default('essential'),
  note: optionalText(LIMITS.note, 'note'),
  question: optionalText(LIMITS.question, 'question'),
});

export const updateItemSchema = z.strictObject({
  version: versionSchema,
  importance: importanceSchema.optional(),
  note: optionalText(LIMITS.note, 'note'),
  question: optionalText(LIMITS.question, 'question'),
});

export const moveItemSchema = z.strictObject({
  version: versionSchema,
  sectionId: z.number({ error: 'sectionId must be a number' }).int().positive().optional(),
  position: positionSchema,
});

export type CreateListInput = z.input<typeof createListSchema>;
export type UpdateListInput = z.input<typeof updateListSchema>;
export type AddItemInput = z.input<typeof addItemSchema>;
export type UpdateItemInput = z.input<typeof updateItemSchema>;
export type MoveItemInput = z.input<typeof moveItemSchema>;
