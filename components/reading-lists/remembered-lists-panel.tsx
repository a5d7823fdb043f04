'use client';
import Link from 'next/link';
import { editPathOf, sharePathOf } from '@/lib/reading-lists/remembered-lists';
import { ForgetButton, type ForgetText } from './forget-button';
import { useListText } from './list-text-provider';
import { useRememberedLists } from './use-remembered-lists';

/** The lists whose edit links this browser remembers. */
export function RememberedListsPanel({ forgetText }: { forgetText: ForgetText }) {
  const t = useListText().index;
  const remembered = useRememberedLists();
  if (remembered === null) return <p className="text-stone-600">{t.loading}</p>;
  if (!remembered.available) return <p className="text-stone-700">{t.unavailable}</p>;
  const { lists } = remembered;
  if (!lists.length) return <p className="text-stone-700">{t.none}</p>;
  return (
    <ul className="flex flex-col gap-2" aria-label={t.mine}>
      {lists.map((list) => (
        <li
          key={list.id}
          className="flex flex-wrap items-center gap-3 rounded-lg border border-stone-200 bg-white p-3"
        >
          <Link
            href={editPathOf(list)}
            className="flex-1 font-serif text-lg text-teal-900 underline-offset-2 hover:underline"
          >
            {list.title}
          </Link>
          <Link href={sharePathOf(list.shareToken)} className="text-sm text-teal-900 underline">
            {t.studentsPage}
          </Link>
          <ForgetButton id={list.id} title={list.title} text={forgetText} />
        </li>
      ))}
    </ul>
  );
}
