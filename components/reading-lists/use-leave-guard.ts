'use client';
import { useEffect } from 'react';
import type { Autosave } from './use-autosave';

/**
 * Nothing typed is lost by leaving the editor. Reloading or closing the tab with unsaved text asks first (the
 * browser's own prompt) while the text is sent. Following a link saves first, then goes; only text that cannot
 * be saved (a conflict, a failed save, a title not yet renamed) makes it ask.
 */
export function useLeaveGuard({ store, saveAll }: Autosave, leaveAnyway: string) {
  useEffect(() => {
    // Set once the user has answered "leave anyway", so the browser does not ask a second time.
    let leaving = false;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (leaving || !store.anyUnsaved()) return;
      void saveAll();
      event.preventDefault();
      // Older Chromium versions show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    // Capturing on the document runs before the app router's link handler, which would leave without unloading.
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
      if ((link.target && link.target !== '_self') || !store.anyUnsaved()) return;
      event.preventDefault();
      event.stopPropagation();
      void saveAll().then(() => {
        if (store.anyUnsaved() && !window.confirm(leaveAnyway)) return;
        leaving = true;
        window.location.assign(link.href);
      });
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [store, saveAll, leaveAnyway]);
}
