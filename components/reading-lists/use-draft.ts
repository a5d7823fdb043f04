'use client';
import { useState } from 'react';

/**
 * A text field that follows the saved value until the user types; then it keeps the draft (through a refused,
 * conflicting save too, so nothing typed is lost) until `clear()` after a successful save.
 */
export function useDraft(saved: string | null) {
  const [draft, setDraft] = useState<string | null>(null);
  return {
    value: draft ?? saved ?? '',
    dirty: draft !== null && draft !== (saved ?? ''),
    set: setDraft,
    clear: () => setDraft(null),
  };
}
