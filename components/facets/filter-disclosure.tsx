'use client';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * On a phone the facets would push the results a screen and a half down: there they wait behind a "Filter"
 * disclosure. From the md breakpoint up the panel is always shown (globals.css shows a closed disclosure's content
 * before this script runs; once it runs, the disclosure is really open, for assistive technology too).
 */
export function FilterDisclosure({
  label,
  className = '',
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    const wide = window.matchMedia('(min-width: 48rem)');
    const openWhenWide = () => {
      if (wide.matches && details.current) details.current.open = true;
    };
    openWhenWide();
    wide.addEventListener('change', openWhenWide);
    return () => wide.removeEventListener('change', openWhenWide);
  }, []);
  return (
    <details ref={details} className={`filter-disclosure ${className}`} data-testid="filter-disclosure">
      <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-4 py-2 text-sm font-medium text-stone-800 hover:bg-stone-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 md:hidden">
        {label}
      </summary>
      <div className="mt-4 md:mt-0">{children}</div>
    </details>
  );
}
