// Errors of the storage itself (a read-only data folder, a full disk, a missing folder) come from SQLite or the
// file system with codes only a developer reads ("disk I/O error", SQLITE_READONLY_DBMOVED). This names them in
// words a user can act on; anything else is left as it is.

const READ_ONLY = /SQLITE_READONLY|readonly database|EROFS|EACCES|EPERM/;
const UNAVAILABLE = /SQLITE_CANTOPEN|unable to open database|SQLITE_IOERR|disk I\/O error|SQLITE_FULL|ENOSPC/;

function codeAndMessage(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown; cause?: unknown };
  const own = `${String(e?.code ?? '')} ${String(e?.message ?? '')}`;
  return e?.cause ? `${own} ${codeAndMessage(e.cause)}` : own;
}

export function isStorageError(error: unknown): boolean {
  const text = codeAndMessage(error);
  return READ_ONLY.test(text) || UNAVAILABLE.test(text);
}

/** A sentence for a storage error, naming the file; null when the error is not about storage. */
export function describeStorageError(error: unknown, file: string): string | null {
  const text = codeAndMessage(error);
  if (READ_ONLY.test(text))
    return `cannot write to ${file}: the file or its folder is read-only (check its permissions and the disk)`;
  if (UNAVAILABLE.test(text))
    return `cannot use ${file}: the disk failed, is full, or the folder cannot be written (${text.trim()})`;
  return null;
}
