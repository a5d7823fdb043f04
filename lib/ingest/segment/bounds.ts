// Length bounds on the fields the segmenter reads from a single line or paragraph, so that a runaway line (a
// paragraph the converter never broke, a keyword line that ran into the body) cannot become a title, a name or
// a keyword. A value over its bound is not that field; the text itself stays in the document.

// The genre's longest titles name an organisation in full with its acronym, a place and a period: about 250
// characters (the development set's longest is 170). 350 leaves room for those and is still far short of a
// paragraph; it is the bound the title block has always applied to stated titles, now shared by derived ones.
export const MAX_TITLE_LENGTH = 350;

// A personal name with all its given names runs to 30-40 characters; twice that is no longer a name.
export const MAX_NAME_LENGTH = 80;

// Keywords are terms or short phrases (the longest seen: about 30 characters, an organisation's full name 60).
export const MAX_KEYWORD_LENGTH = 100;
// A keyword line lists a handful of terms; past this many, the "list" is running text split at its commas.
export const MAX_KEYWORDS = 40;
