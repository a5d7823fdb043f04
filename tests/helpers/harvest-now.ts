import { runHarvest, type HarvestOptions } from '@/lib/harvest/run-harvest';

/** A harvest as the tests run one: oai_dc unless asked, and no pause between requests (the source is on loopback). */
export function harvestNow(
  options: Omit<HarvestOptions, 'format'> & Partial<Pick<HarvestOptions, 'format'>>,
) {
  return runHarvest({ format: 'oai_dc', ...options, client: { politenessMs: 0, ...options.client } });
}
