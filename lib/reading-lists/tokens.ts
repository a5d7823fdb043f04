import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

// 256-bit edit tokens, 192-bit share tokens (both well above the 128 bits asked for), and 72-bit list ids, all
// independent draws from the OS's CSPRNG: no token can be derived from the id or from the other token.
export const newEditToken = () => randomBytes(32).toString('base64url');
export const newShareToken = () => randomBytes(24).toString('base64url');
export const newListId = () => randomBytes(9).toString('base64url');

/** Only this hash of the edit token is stored, so a copy of the database does not hand out edit rights. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares a presented token with a stored hash in constant time (both sides are fixed-length digests). */
export function tokenMatchesHash(token: string | null | undefined, storedHash: string): boolean {
  if (!token) return false;
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/** Tokens are base64url; anything else is refused before it reaches the database. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
