// The lengths and counts a reading list allows. Apart from schemas.ts so the editor (a client component) can use
// them without bundling zod, whose first parse probes `new Function` and so trips the page's CSP (no 'unsafe-eval').
export const LIMITS = {
  title: 200,
  course: 120,
  description: 2000,
  sectionTitle: 120,
  note: 2000,
  question: 1000,
  sections: 30,
  items: 300,
} as const;
