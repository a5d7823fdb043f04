import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { BilingualAbstracts } from '@/components/study/bilingual-abstracts';
import { ProvenanceBadge } from '@/components/study/provenance-badge';
import { StudyBody } from '@/components/study/study-body';
import { StudyFacts } from '@/components/study/study-facts';
import { getStudy } from '@/lib/db/get-study';

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
  return { title: study.title, description: (study.abstracts.en ?? study.abstracts.id ?? '').slice(0, 200) };
}

export default async function StudyPage({ params }: { params: Promise<{ id: string }> }) {
  const study = await loadStudy(params);
  const otherTitle = study.titleLanguage === 'id' ? study.titles.en : study.titles.id;
  return (
    <article className="flex flex-col gap-6">
      <header className="flex flex-col gap-1">
        <h1 className="font-serif text-2xl leading-tight" lang={study.titleLanguage}>
          {study.title}
          <ProvenanceBadge provenance={study.provenance[study.titleLanguage === 'id' ? 'titleId' : 'titleEn']} />
        </h1>
        {otherTitle ? (
          <p className="font-serif text-lg text-stone-700" lang={study.titleLanguage === 'id' ? 'en' : 'id'}>
            {otherTitle}
          </p>
        ) : null}
        {study.authors.length ? <p className="text-stone-700">{study.authors.join(', ')}</p> : null}
      </header>
      <BilingualAbstracts study={study} />
      <section aria-labelledby="facts" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="facts" className="mb-3 font-serif text-xl">About this study</h2>
        <StudyFacts study={study} />
      </section>
      <StudyBody study={study} />
    </article>
  );
}
