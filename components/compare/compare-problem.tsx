import type { CompareProblem } from '@/app/compare/params';
import { getI18n } from '@/lib/i18n/get-i18n';

/** Why nothing is compared yet: too few chosen (a hint), too many or a broken link (an alert). */
export async function CompareProblemNote({
  problem,
  unknown = [],
}: {
  problem: CompareProblem;
  unknown?: string[];
}) {
  const { t } = await getI18n();
  const messages = [
    problem === 'too-few' ? t.compare.tooFew : null,
    problem === 'too-many' ? t.compare.tooMany : null,
    problem === 'invalid' ? t.common.invalidLink('?') : null,
    unknown.length ? t.compare.unknown(unknown.join(', ')) : null,
  ].filter(Boolean);
  if (!messages.length) return null;
  const alert = problem !== 'too-few' || unknown.length > 0;
  return (
    <p
      role={alert ? 'alert' : undefined}
      className={alert ? 'rounded-md border border-red-300 bg-red-50 p-3 text-red-900' : 'text-stone-700'}
    >
      {messages.join(' ')}
    </p>
  );
}
