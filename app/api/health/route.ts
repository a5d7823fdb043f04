import { checkHealth } from '@/lib/ops/health';

export const dynamic = 'force-dynamic';

/** 200 while this instance can serve (database answers, search index loaded), 503 otherwise; never cached. */
export async function GET() {
  const report = await checkHealth();
  return Response.json(report, { status: report.ok ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
