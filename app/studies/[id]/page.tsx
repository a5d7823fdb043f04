import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AddToListButton } from '@/components/reading-lists/add-to-list-button';
import { AuthorLinks } from '@/components/search/author-links';
import { BilingualAbstracts } from '@/components/study/bilingual-abstracts';
import { CiteThis } from '@/components/study/cite-this';
import { FrameworkUses } from '@/components/study/framework-uses';
import { HarvestOrigin } from '@/components/study/harvest-origin';
import { NearDuplicates } from '@/components/study/near-duplicates';
import { OriginalFile } from '@/components/study/original-file';
import { ProvenanceBadge } from '@/components/study/provenance-badge';
import { StudyBody } from '@/components/study/study-body';
import { StudyFacts } from '@/components/study/study-facts';
import { highwireMeta } from '@/lib/citation/highwire-meta';
import { getStudy } from '@/lib/db/get-study';
import { otherTitleIn, titleIn } from '@/lib/db/title-in';
import { requestBaseUrl } from '@/lib/http/request-base-url';
import { getI18n } from '@/lib/i18n/get-i18n';

export const dynamic = 'force-dynamic';

const paramsSchema = z.object({ id: z.string().regex(/^[a-z0-9_-]{1,200}$/) });

async function loadStudy(params: Promise<unknown>) {
  const parsed = paramsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const study = await getStudy(parsed.data.id);
  if (!study) notFound();
  return study;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const study = await loadStudy(params);
  const { locale } = await getI18n();
  const title = titleIn(study, locale).text;
  const description = (study.abstracts[locale] ?? study.abstracts.en ?? study.abstracts.id ?? '').slice(
    0,
    200,
  );
  const baseUrl = await requestBaseUrl();
  return {
    title,
    description,
    openGraph: { title, description, type: 'article' },
    // The DOI is known for harvested studies (and files merged with a record); page ranges are not in the store,
    // so no citation_firstpage tag is written rather than an empty one.
    other: highwireMeta(study, baseUrl),
    ...(baseUrl ? { alternates: { canonical: `${baseUrl}/studies/${study.id}` } } : {}),
  };
}

export default async function StudyPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const { t, locale } = await getI18n();
  const title = titleIn(study, locale);
  const otherTitle = otherTitleIn(study, locale);
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="font-serif text-2xl leading-tight">
          <span lang={title.language}>{title.text}</span>
          <ProvenanceBadge
            provenance={study.provenance[title.language === 'id' ? 'titleId' : 'titleEn']}
            original={study.original?.href}
            layout={study}
          />
        </h1>
        {otherTitle ? (
          <p className="font-serif text-lg text-stone-700" lang={otherTitle.language}>
            {otherTitle.text}
          </p>
        ) : null}
        <AuthorLinks authors={study.authors} className="text-stone-700" />
        <p className="text-sm">
          <Link
            href={`/compare/studies?study=${study.id}`}
            className="text-teal-800 underline underline-offset-2 hover:text-teal-950"
          >
            {t.study.compareWith}
          </Link>
        </p>
        <AddToListButton studyId={study.id} title={study.title} />
        <OriginalFile study={study} />
        <HarvestOrigin study={study} />
      </header>
      <NearDuplicates study={study} />
      <BilingualAbstracts study={study} />
      <section aria-labelledby="facts" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="facts" className="mb-3 font-serif text-xl">
          {t.study.about}
        </h2>
        <StudyFacts study={study} />
      </section>
      <FrameworkUses study={study} />
      <CiteThis study={study} />
      <StudyBody study={study} />
    </article>
  );
}
