// The controlled vocabularies, one file each; this module only gathers them.
export { organisations } from './organisations';
export { countries } from './countries';
export { frameworks } from './frameworks';
export { methods } from './methods';
export { documentKinds } from './document-kinds';
export { glossary } from './glossary';
export type * from './types';
