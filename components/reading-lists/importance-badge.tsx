import type { Importance } from '@/lib/reading-lists/types';

export function ImportanceBadge({ importance, label }: { importance: Importance; label: string }) {
  const look =
    importance === 'essential' ? 'bg-teal-800 text-white' : 'border border-stone-400 text-stone-700';
  return (
    <span className={`rounded px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide ${look}`}>
      {label}
    </span>
  );
}
