import { describe, expect, it } from 'vitest';
import {
  hashToken,
  newEditToken,
  newListId,
  newShareToken,
  TOKEN_PATTERN,
  tokenMatchesHash,
} from '@/lib/reading-lists/tokens';

describe('reading-list tokens', () => {
  it('are base64url with at least 128 bits and all different', () => {
    const edits = Array.from({ length: 200 }, newEditToken);
    const shares = Array.from({ length: 200 }, newShareToken);
    expect(new Set([...edits, ...shares]).size).toBe(400);
    for (const token of [...edits, ...shares]) {
      expect(token).toMatch(TOKEN_PATTERN);
      expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    expect(Buffer.from(newEditToken(), 'base64url').length * 8).toBe(256);
    expect(newListId()).toMatch(/^[A-Za-z0-9_-]{12}$/);
  });

  it('match only their own hash', () => {
    const token = newEditToken();
    const stored = hashToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
    expect(tokenMatchesHash(token, stored)).toBe(true);
    expect(tokenMatchesHash(newEditToken(), stored)).toBe(false);
    expect(tokenMatchesHash(`${token} `, stored)).toBe(false);
    expect(tokenMatchesHash('', stored)).toBe(false);
    expect(tokenMatchesHash(null, stored)).toBe(false);
    expect(tokenMatchesHash(token, 'not-a-hash')).toBe(false);
  });
});
