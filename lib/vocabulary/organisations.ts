// Every organisation the classifier recognises: international bodies, NGOs and national agencies.
import { internationalOrganisations } from './organisations-international';
import { nationalOrganisations } from './organisations-national';
import { nonGovernmentalOrganisations } from './organisations-ngos';
import type { Organisation } from './types';

export const organisations: Organisation[] = [
  ...internationalOrganisations,
  ...nonGovernmentalOrganisations,
  ...nationalOrganisations,
];
