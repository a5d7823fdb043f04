import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { FrameworkOverview } from '@/components/frameworks/framework-overview';
import { FrameworkUseList } from '@/components/frameworks/framework-use-list';
import { PageHeading } from '@/components/ui/page-heading';
import { listFrameworkUses, type FrameworkUse } from '@/lib/db/list-framework-uses';
import { getI18n } from '@/lib/i18n/get-i18n';
import { getFramework } from '@/lib/vocabulary/lookup';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ key: z.string().regex(/^[a-z0-9-]{1,100}$/) });

interface Props {
  params: Promise<{ key: string }>;
}

/**
 * The vocabulary entry and the studies that use it; a framework no study uses has no page. A term found in the
 * studies' own words but not in the vocabulary gets a page too: its stored name, the studies and their sentences.
 */
async function loadFramework(params: Props['params']) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const key = parsed.data.key;
  const uses = (await listFrameworkUses([key])).get(key) ?? [];
  if (!uses.length) notFound();
  const storedName = uses[0]?.study.frameworks.find((f) => f.key === key)?.name ?? key;
  return { key, framework: getFramework(key), storedName, uses };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { framework, storedName } = await loadFramework(params);
  const { locale } = await getI18n();
  return framework
    ? { title: framework.name[locale], description: framework.summary[locale] }
    : { title: storedName };
}

async function StudiesUsing({ uses }: { uses: FrameworkUse[] }) {
  const { t } = await getI18n();
  return (
    <section aria-labelledby="studies-using">
      <h2 id="studies-using" className="mb-3 font-serif text-xl">
        {t.frameworks.studiesUsing(uses.length)}
      </h2>
      <FrameworkUseList uses={uses} />
    </section>
  );
}

async function OpenTermPage({ name, uses }: { name: string; uses: FrameworkUse[] }) {
  const { t } = await getI18n();
  return (
    <article className="flex flex-col gap-6">
      <PageHeading title={name}>
        <p className="text-sm text-stone-600">
          {t.frameworks.openTerm} · {t.frameworks.usedBy(uses.length)}
        </p>
      </PageHeading>
      <p className="rounded-lg border border-stone-200 bg-white p-4 text-sm" data-testid="open-term">
        {t.frameworks.openTermBody}
      </p>
      <StudiesUsing uses={uses} />
    </article>
  );
}

export default async function FrameworkPage({ params }: Props) {
  const { framework, storedName, uses } = await loadFramework(params);
  if (!framework) return <OpenTermPage name={storedName} uses={uses} />;
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
      <StudiesUsing uses={uses} />
    </article>
  );
}
