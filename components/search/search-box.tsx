'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Suggestion } from '@/lib/search/types';

// The search box as an ARIA 1.2 combobox (an input with a list of suggestions): arrows move through the
// suggestions, Enter takes one, Escape closes the list. Without JavaScript it is a plain input of the GET form.
// Suggestions come from /api/suggest (FlexSearch's prefix index). The box always shows the URL's query: after
// Back, the browser would otherwise show what was typed last (a page restored from the back-forward cache keeps
// its state, and form restoration refills inputs).
const DEBOUNCE_MS = 150;

export interface SearchBoxText {
  placeholder: string;
  suggestions: string;
  kinds: Record<Suggestion['kind'], string>;
}

// The word being typed: the last one, after its sign and field prefix ("-author:Sar" -> "-author:", "Sar").
const LAST_WORD = /(-?(?:\p{L}+:)?)"?([^\s"]*)$/u;

/** The query with its last word replaced by the chosen suggestion (quoted when it has several words). */
function withSuggestion(query: string, s: Suggestion): string {
  const m = LAST_WORD.exec(query);
  const head = m ? query.slice(0, m.index) + m[1] : query;
  const value = /\s/.test(s.value) ? `"${s.value.replace(/"/g, '')}"` : s.value;
  return `${head}${value} `;
}

export function SearchBox({ defaultValue, text }: { defaultValue: string; text: SearchBoxText }) {
  const [value, setValue] = useState(defaultValue);
  const [options, setOptions] = useState<Suggestion[]>([]);
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const request = useRef<AbortController>(undefined);

  // A new query from the server (a client-side navigation) replaces what is in the box.
  const [shown, setShown] = useState(defaultValue);
  if (shown !== defaultValue) {
    setShown(defaultValue);
    setValue(defaultValue);
  }
  useEffect(() => {
    const fromUrl = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      setValue(new URLSearchParams(window.location.search).get('q') ?? '');
      setOpen(false);
    };
    window.addEventListener('pageshow', fromUrl);
    return () => window.removeEventListener('pageshow', fromUrl);
  }, []);

  function fetchSuggestions(query: string) {
    clearTimeout(timer.current);
    request.current?.abort();
    // Suggestions complete the word being typed, not the whole query.
    const q = /\s$/.test(query) ? '' : (LAST_WORD.exec(query)?.[2] ?? '');
    if (q.length < 2) {
      setOptions([]);
      setOpen(false);
      return;
    }
    timer.current = setTimeout(async () => {
      const controller = new AbortController();
      request.current = controller;
      try {
        const response = await fetch(`/api/suggest?q=${encodeURIComponent(q.slice(-100))}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const body = (await response.json()) as { suggestions: Suggestion[] };
        setOptions(body.suggestions);
        setActive(-1);
        setOpen(body.suggestions.length > 0);
      } catch {
        // Aborted by the next keystroke, or offline: the box works without suggestions.
      }
    }, DEBOUNCE_MS);
  }

  function choose(s: Suggestion) {
    setOpen(false);
    if (s.kind === 'study') {
      window.location.assign(`/studies/${encodeURIComponent(s.value)}`);
      return;
    }
    const next = withSuggestion(value, s);
    setValue(next);
    if (input.current) input.current.value = next;
    input.current?.form?.requestSubmit();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (options.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const n = options.length;
      const down = event.key === 'ArrowDown';
      setActive((i) => (down ? (i + 1) % n : i <= 0 ? n - 1 : i - 1));
    } else if (event.key === 'Enter' && open && active >= 0 && active < options.length) {
      event.preventDefault();
      choose(options[active]!);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const expanded = open && options.length > 0;
  const activeOption = expanded && active >= 0 && active < options.length;
  return (
    <div className="relative">
      <input
        ref={input}
        id="q"
        name="q"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="q-suggestions"
        aria-activedescendant={activeOption ? `q-option-${active}` : undefined}
        autoComplete="off"
        value={value}
        onChange={(e) => {
          setValue(e.target.value);
          fetchSuggestions(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        placeholder={text.placeholder}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-2 text-base shadow-sm focus:border-teal-700 focus:outline-none focus:ring-2 focus:ring-teal-700/30"
      />
      <ul
        id="q-suggestions"
        role="listbox"
        aria-label={text.suggestions}
        hidden={!expanded}
        className="absolute z-20 mt-1 max-h-80 w-full overflow-auto rounded-md border border-stone-300 bg-white py-1 shadow-lg"
      >
        {options.map((s, i) => (
          <li
            key={`${s.kind}:${s.value}:${i}`}
            id={`q-option-${i}`}
            role="option"
            aria-selected={i === active}
            // Keep the focus in the input, so the click does not blur it and close the list first.
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(s)}
            className={`flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5 text-sm ${
              i === active ? 'bg-teal-100 text-teal-950' : 'text-stone-800 hover:bg-stone-100'
            }`}
          >
            <span className="truncate">{s.label}</span>
            <span className="shrink-0 text-xs text-stone-600">{text.kinds[s.kind]}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
