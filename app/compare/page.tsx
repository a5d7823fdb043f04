import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeading } from '@/components/ui/page-heading';
import { getI18n } from '@/lib/i18n/get-i18n';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: t.compare.title, description: t.compare.description };
}

export default async function ComparePage() {
  const { t } = await getI18n();
  const cards = [
    ['/compare/frameworks', t.compare.frameworksTitle, t.compare.frameworksDescription],
    ['/compare/studies', t.compare.studiesTitle, t.compare.studiesDescription],
  ] as const;
  return (
    <div className="flex flex-col gap-6">
      <PageHeading title={t.compare.title} description={t.compare.description} />
      <ul className="grid gap-4 md:grid-cols-2">
        {cards.map(([href, title, description]) => (
          <li key={href} className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="font-serif text-xl">
              <Link href={href} className="text-teal-900 underline-offset-2 hover:underline">
                {title}
              </Link>
            </h2>
            <p className="mt-1 text-stone-700">{description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
