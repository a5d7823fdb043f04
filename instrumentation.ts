// Loads the search index once when the server starts, so the first search does not pay for it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getSearchIndex } = await import('./lib/search/current-index');
  await getSearchIndex().catch((error: Error) =>
    console.warn(`Search index not loaded at start: ${error.message}`),
  );
}
