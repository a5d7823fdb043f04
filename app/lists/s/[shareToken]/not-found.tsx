// A missing shared list reads like a missing list to edit.
export { default } from '../../[id]/edit/not-found';
