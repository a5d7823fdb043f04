// The reading-list interface in English. Its shape is the type of list-text-id.ts too, so the compiler reports any
// string missing in one language. (Kept apart from lib/i18n's site dictionary: one feature, one file per language.)
const studies = (n: number) => `${n} ${n === 1 ? 'study' : 'studies'}`;

export const listTextEn = {
  add: {
    button: 'Add to reading list',
    yourLists: 'Your reading lists',
    none: 'This browser has no reading lists yet.',
    unavailable:
      'This browser does not let the site keep data (site data blocked, or the page is in a frame), so it cannot remember your reading lists. You can still start a new list and keep its edit link yourself.',
    startNew: 'Start a new list with this study',
    added: (title: string) => `Added to “${title}”.`,
    openList: 'Open the list',
  },
  editor: {
    kicker: 'Editing reading list',
    summary: (version: number, count: number) => `Version ${version} · ${studies(count)}`,
    conflict:
      'Someone else changed this list after you opened it, so your change was not saved. You now see the current list; anything you typed is still in its field: check it and save again.',
    newSection: 'New section',
    newSectionPlaceholder: 'e.g. Week 2: Transnational advocacy networks',
    addSection: 'Add section',
    addedSection: (title: string) => `Added section “${title}”.`,
    hintBefore: 'Add studies with “Add to reading list” on the',
    hintLink: 'search results',
    hintAfter: 'or on a study’s page.',
  },
  details: {
    title: 'List title',
    course: 'Course',
    language: 'Language of the list',
    description: 'Description',
    save: 'Save details',
    saved: 'Saved the list details.',
    languageChanged: 'Changed the language of the list.',
    english: 'English',
    indonesian: 'Bahasa Indonesia',
  },
  section: {
    title: 'Section title',
    rename: 'Rename',
    renamed: 'Renamed the section.',
    up: 'Section up',
    down: 'Section down',
    movedUp: (title: string) => `Moved section “${title}” up.`,
    movedDown: (title: string) => `Moved section “${title}” down.`,
    remove: 'Remove section',
    keepOne: 'A list keeps at least one section',
    removeHint: 'Its studies move to the neighbouring section',
    removed: (title: string) => `Removed section “${title}”; its studies moved to the neighbouring section.`,
    studiesIn: (title: string) => `Studies in ${title}`,
    empty:
      'No studies in this section yet. Add them from the search results or a study page, or drag one here.',
    movedStudy: 'Moved the study.',
  },
  item: {
    drag: 'Drag to reorder',
    missing: 'no longer in the corpus',
    noAuthorYear: 'Author and year not stated',
    importance: 'Importance',
    essential: 'Essential',
    further: 'Further reading',
    marked: (title: string, importance: string) => `Marked “${title}” as ${importance}.`,
    question: 'Guiding question',
    note: 'Note for students',
    up: 'Move up',
    down: 'Move down',
    movedUp: (title: string) => `Moved “${title}” up.`,
    movedDown: (title: string) => `Moved “${title}” down.`,
    section: 'Section',
    movedTo: (title: string, section: string) => `Moved “${title}” to “${section}”.`,
    remove: 'Remove',
    removed: (title: string) => `Removed “${title}”.`,
  },
  share: {
    heading: 'Share, print, export',
    studentLink: 'Link for students (read-only)',
    studentHint: 'Students see the studies, abstracts and your questions; they cannot edit.',
    editLink: 'Your edit link',
    editHint: 'Keep it private: anyone with this link can edit the list. This browser remembers it.',
    editHintNotRemembered:
      'Keep it private: anyone with this link can edit the list. This browser does not let the site keep data, so it cannot remember this link: save it somewhere yourself.',
    copy: 'Copy',
    copied: 'Copied.',
    openStudentPage: 'Open the students’ page',
    printView: 'Print view',
    printViewA4: 'Print view (A4)',
    print: 'Print',
  },
  exports: {
    nav: 'Export the list',
    heading: 'Export for a reference manager',
    bibtex: 'BibTeX (.bib)',
    ris: 'RIS (.ris)',
    cslJson: 'CSL-JSON (.json)',
    apaTxt: 'APA, text (.txt)',
    apaHtml: 'APA, web page (.html)',
  },
  create: {
    heading: 'New reading list',
    title: 'Title',
    required: '(required)',
    titlePlaceholder: 'e.g. International organisations and human trafficking',
    coursePlaceholder: 'e.g. HI 301 International Organisations',
    language: 'Language of the list (its labels and APA citations)',
    submit: 'Create the list',
    submitWithStudy: 'Create the list with this study',
    creating: 'Creating…',
    failed: 'The list could not be created; try again.',
    notAdded: (message: string) => `The list was created, but the study was not added: ${message}`,
    noAccount:
      'No account needed: you get a private edit link (this browser remembers it) and a separate read-only link for students.',
  },
  index: {
    heading: 'Reading lists',
    intro:
      'Build a reading list for a course from the corpus: sections, essential and further reading, a note or guiding question per study. Share it with students by a link, print it, or export it to a reference manager.',
    newList: 'New reading list',
    mine: 'Your lists in this browser',
    loading: 'Loading your lists…',
    none: 'This browser remembers no reading lists yet.',
    unavailable:
      'This browser does not let the site keep data (site data blocked, or the page is in a frame), so it remembers no reading lists. Open a list from the edit link you saved.',
    studentsPage: 'Students’ page',
    forget: 'Forget',
    forgetWhat: (title: string) => `“${title}” in this browser`,
  },
  autosave: {
    saved: 'Saved',
    saving: 'Saving…',
    unsaved: 'Not saved yet',
    failed:
      'Not saved: the server could not save it. Your text is kept here; it is saved again when you next type or leave the field.',
    conflict:
      'Not saved: someone else changed this text meanwhile. Your text is kept here; save it to replace theirs.',
    theirs: (text: string) => `Their version: “${text}”`,
    theirsEmpty: 'Their version is empty.',
    saveMine: 'Save my text',
    undo: 'Undo',
    restored: (title: string) => `Put “${title}” back in its place.`,
    notRestored: (title: string) => `“${title}” could not be put back; add it again from its page.`,
    leaveAnyway:
      'Some of your text in this list is not saved (see the fields marked “Not saved”). Leave the page anyway and lose it?',
  },
  forget: {
    heading: 'Forget this list in this browser?',
    body: (title: string) =>
      `“${title}” stays online, but this browser will no longer remember its edit link. Without the link you cannot edit the list again: copy it first if you have not kept it.`,
    confirm: 'Forget the list',
    cancel: 'Keep it',
  },
  errors: {
    badEditLink: 'This edit link does not work',
    badEditLinkHelp:
      'Check that you copied the whole link. Students’ read-only links cannot be used to edit.',
    notFound: 'Reading list not found',
    notFoundBody: 'No reading list has this link; it may have been deleted.',
    yourLists: 'Your reading lists',
    unreachable: 'The server could not be reached. Check your connection and try again.',
    storageUnavailable:
      'The list could not be saved: the server cannot write to its storage right now (it is read-only or unavailable). Nothing was changed; try again later.',
  },
};

export type ListText = typeof listTextEn;
