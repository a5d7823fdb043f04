import { createHash } from 'node:crypto';

// A study's id is its public name: the URL of its page and the key reading-list items point at. It is made from the
// file's path in the corpus, readable where it can be ("theses/ijm-2019"), and must never be shared by two files:
// lower-casing and replacing characters alone made `a.txt`/`a.md`, `A.txt`/`a.txt`, `a b.txt`/`a-b.txt` and any two
// names in a non-Latin script (all of them "") one id, so the second file silently replaced the first study.
// The allocator below keeps an id once given, gives the readable form where it is free, and otherwise adds a short
// hash of the exact path, so distinct paths always get distinct ids.

/** What the pages, the API and reading lists accept as a study id. */
export const STUDY_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,119}$/;
export const MAX_STUDY_ID_LENGTH = 120;
// Room for "-" and the longest hash a collision can ask for.
const MAX_SLUG_LENGTH = MAX_STUDY_ID_LENGTH - 1 - 16;
const HASH_LENGTHS = [8, 12, 16];

export function isValidStudyId(id: string): boolean {
  return STUDY_ID_PATTERN.test(id);
}

/** The readable form of a path: without extension, accents folded, lower case, `/` as `--`. May be empty. */
export function readableSlug(relativePath: string): string {
  return slugOf(relativePath).slug;
}

function slugOf(relativePath: string): { slug: string; cut: boolean } {
  const stem = relativePath.replace(/\.[^./]+$/, '');
  const slug = stem
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9/_-]+/g, '-')
    .replace(/\//g, '--')
    .replace(/^[-_]+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return { slug, cut: false };
  return { slug: slug.slice(0, MAX_SLUG_LENGTH).replace(/[-_]+$/, ''), cut: true };
}

function pathHash(relativePath: string, length: number): string {
  return createHash('sha256').update(relativePath, 'utf8').digest('hex').slice(0, length);
}

/** The ids a path may take, most readable first: the slug alone, then the slug with ever longer hashes. */
export function candidateIds(relativePath: string): string[] {
  const { slug, cut } = slugOf(relativePath);
  const hashed = HASH_LENGTHS.map((n) => `${slug || 'study'}-${pathHash(relativePath, n)}`);
  // A cut-down slug always carries a hash: two long paths that share their first characters must still differ.
  return slug && !cut ? [slug, ...hashed] : hashed;
}

export class StudyIdCollisionError extends Error {
  constructor(relativePath: string, others: string[]) {
    super(
      `no free study id for ${relativePath}: its candidate ids are taken by ${others.join(', ')}; ` +
        'rename one of the files',
    );
    this.name = 'StudyIdCollisionError';
  }
}

/**
 * Gives every corpus file its id. Ids already stored are kept (reading lists point at them) when they are still
 * valid; the rest are allocated in the files' order, so the same corpus gets the same ids on every run.
 */
export class StudyIdAllocator {
  private readonly owners = new Map<string, string>(); // id -> relative path

  /** Reserves an id a file already has in the store; false when the id is not valid under today's rules. */
  keep(relativePath: string, id: string): boolean {
    if (!isValidStudyId(id) || this.owners.has(id)) return false;
    this.owners.set(id, relativePath);
    return true;
  }

  allocate(relativePath: string): string {
    const candidates = candidateIds(relativePath);
    const free = candidates.find((id) => !this.owners.has(id));
    if (!free) {
      const others = candidates.map((id) => this.owners.get(id) ?? '');
      throw new StudyIdCollisionError(relativePath, [...new Set(others)]);
    }
    this.owners.set(free, relativePath);
    return free;
  }
}
