// The controlled vocabulary of theoretical frameworks, gathered from one file per family of lenses.
import { actorFrameworks } from './frameworks-actors';
import { policyFrameworks } from './frameworks-policy';
import { securityFrameworks } from './frameworks-security';
import { grandTheories } from './frameworks-theories';
import type { Framework } from './types';

export const frameworks: Framework[] = [
  ...grandTheories,
  ...actorFrameworks,
  ...securityFrameworks,
  ...policyFrameworks,
];
