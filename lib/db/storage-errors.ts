import { describeLocation, isPostgresUrl } from '../env';

// Failures that say the store cannot be opened or written, as opposed to a bug. SQLite: a read-only data folder
// or file, a full or failing disk, a lock held past the busy timeout. PostgreSQL: the server unreachable, refusing
// the login or the database, shutting down, or out of connections (network errors and SQLSTATE classes 08, 28,
// 3D, 53, 57P). They reach us from better-sqlite3 directly
// or rewrapped by Prisma's driver adapter (P2039 with the SQLite code and text in `meta`), so every code and
// message along the error's chain is checked.
const STORAGE_FAILURE =
  /SQLITE_(READONLY|CANTOPEN|IOERR|FULL|PERM|BUSY|LOCKED)|readonly database|unable to open database|cannot open database|disk I\/O error|database or disk is full|database is locked/i;
const POSTGRES_FAILURE =
  /^(ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EHOSTUNREACH|08\w{3}|28\w{3}|3D000|53\w{3}|57P0[1-4])$|Connection terminated|connection timeout|too many clients|password authentication failed|database ".*" does not exist|role ".*" does not exist/i;

function textsOf(value: unknown, depth = 0): string[] {
  if (typeof value === 'string') return [value];
  if (depth > 4 || value === null || typeof value !== 'object') return [];
  const v = value as Record<string, unknown>;
  return [v.code, v.message, v.originalCode, v.originalMessage]
    .filter((s): s is string => typeof s === 'string')
    .concat(
      textsOf(v.cause, depth + 1),
      textsOf(v.meta, depth + 1),
      textsOf(v.driverAdapterError, depth + 1),
    );
}

/** The SQLite code (else the message) that shows the store is unavailable, or null for any other error. */
export function storageFailureOf(error: unknown): string | null {
  const failures = textsOf(error).filter((text) => STORAGE_FAILURE.test(text) || POSTGRES_FAILURE.test(text));
  return failures.find((text) => /^SQLITE_\w+$/.test(text)) ?? failures[0] ?? null;
}

/** A sentence for the command line naming the file and what to check; null when the error is not about storage. */
export function describeStorageError(error: unknown, file: string): string | null {
  const failure = storageFailureOf(error);
  if (!failure) return null;
  if (isPostgresUrl(file)) {
    const detail = textsOf(error).find((text) => text !== failure && POSTGRES_FAILURE.test(text)) ?? '';
    const because = [failure, detail].filter(Boolean).join(': ');
    return `cannot use the PostgreSQL store ${describeLocation(file)} (${because}): check that the server is up and that DATABASE_URL names the right host, port, role, password and database`;
  }
  if (/READONLY|PERM|readonly/i.test(failure))
    return `cannot write to ${file}: the file or its folder is read-only (${failure}); check its permissions and the disk`;
  if (/BUSY|LOCKED|locked/i.test(failure))
    return `${file} is locked by another process (${failure}); try again when it is done`;
  return `cannot use ${file} (${failure}): the disk may be full or failing, or the folder may not exist`;
}
