import Link from 'next/link';

/** One facet value with its count, as a link that adds or removes it; shared by search and browse. */
export function FacetValueLink({
  href,
  active,
  label,
  count,
}: {
  href: string;
  active: boolean;
  label: string;
  count: number;
}) {
  return (
    <Link
      href={href}
      aria-current={active ? 'true' : undefined}
      className={`flex justify-between gap-2 rounded px-1.5 py-0.5 hover:bg-teal-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-teal-700 ${active ? 'bg-teal-100 font-medium text-teal-950' : 'text-stone-800'}`}
    >
      <span>
        {active ? '✓ ' : ''}
        {label}
      </span>
      <span className="text-stone-600">{count}</span>
    </Link>
  );
}
