import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { FrameworkOverview } from '@/components/frameworks/framework-overview';
import { FrameworkUseList } from '@/components/frameworks/framework-use-list';
import { PageHeading } from '@/components/ui/page-heading';
import { listFrameworkUses } from '@/lib/db/list-framework-uses';
import { getI18n } from '@/lib/i18n/get-i18n';
import { getFramework } from '@/lib/vocabulary/lookup';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ key: z.string().regex(/^[a-z0-9-]{1,100}$/) });

interface Props {
  params: Promise<{ key: string }>;
}

/** The vocabulary entry and the studies that use it; a framework no study uses has no page. */
async function loadFramework(params: Props['params']) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const framework = getFramework(parsed.data.key);
  const uses = (await listFrameworkUses([parsed.data.key])).get(parsed.data.key) ?? [];
  if (!framework || !uses.length) notFound();
  return { framework, uses };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework } = await loadFramework(params);
  const { locale } = await getI18n();
  return { title: framework.name[locale], description: framework.summary[locale] };
}

export default async function FrameworkPage({ params }: Props) {
  const { framework, uses } = await loadFramework(params);
  const { t, locale } = await getI18n();
  const other = locale === 'id' ? 'en' : 'id';
  return (
    <article className="flex flex-col gap-6">
      <PageHeading title={`${framework.name[locale]}${framework.acronym ? ` (${framework.acronym})` : ''}`}>
        <p className="font-serif text-lg text-stone-700" lang={other}>
          {framework.name[other]}
        </p>
        <p className="text-sm text-stone-600">
          {t.frameworks.family[framework.family]} · {t.frameworks.usedBy(uses.length)} ·{' '}
          <Link
            href={`/compare/frameworks?framework=${framework.key}`}
            className="text-teal-800 underline underline-offset-2"
          >
            {t.frameworks.compareWithOthers}
          </Link>
        </p>
      </PageHeading>
      <FrameworkOverview framework={framework} uses={uses} />
      <section aria-labelledby="studies-using">
        <h2 id="studies-using" className="mb-3 font-serif text-xl">
          {t.frameworks.studiesUsing(uses.length)}
        </h2>
        <FrameworkUseList uses={uses} />
      </section>
    </article>
  );
}
