// The classify step: from cleaned text and its segmented structure to the document's kind, languages,
// organisations, countries, period, frameworks, methods and key figures. Each concern lives in its own file.
import type { Classification } from '../types';
import { computeZones, type ClassifyInput } from './context';
import { classifyCountries } from './countries';
import { classifyFigures } from './figures';
import { classifyFrameworks } from './frameworks';
import { classifyKind } from './kind';
import { classifyLanguages } from './languages';
import { getEntityMatcher } from './matchers';
import { classifyMethods } from './methods';
import { classifyOrganisations } from './organisations';
import { classifyPeriod } from './period';

export type { ClassifyInput } from './context';

export function classifyDocument(input: ClassifyInput): Classification {
  const { text, segmented } = input;
  const zones = computeZones(input);
  const entityHits = getEntityMatcher().find(text);
  const { subjects, actors } = classifyOrganisations(text, zones, entityHits);
  return {
    kind: classifyKind(text, segmented, zones),
    languages: classifyLanguages(text, zones),
    subjects,
    actors,
    countries: classifyCountries(text, zones, entityHits),
    period: classifyPeriod(text, zones),
    frameworks: classifyFrameworks(text, zones),
    methods: classifyMethods(text, zones),
    figures: classifyFigures(text, zones, segmented.captions),
  };
}
