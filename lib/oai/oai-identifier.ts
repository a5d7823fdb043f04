// Item identifiers: `oai:<host>:<study id>`, the oai-identifier scheme with the host of the public base URL as the
// repository identifier, so the identifiers of two Telaah instances serving different corpora do not collide.

/** The host name of the public base URL (no port): the repository identifier part of every item identifier. */
export function repositoryIdentifier(baseUrl: string): string {
  return new URL(baseUrl).hostname;
}

export function toOaiIdentifier(repository: string, studyId: string): string {
  return `oai:${repository}:${studyId}`;
}

/** The study id an identifier names, or null when it is not one of this repository's. */
export function parseOaiIdentifier(repository: string, identifier: string): string | null {
  const prefix = `oai:${repository}:`;
  if (!identifier.startsWith(prefix)) return null;
  const id = identifier.slice(prefix.length);
  return id === '' ? null : id;
}

// The scheme's own pattern for a repository identifier: a domain name with at least one dot. A bare host such as
// localhost or an IP address is still usable in identifiers, but Identify then does not claim the scheme.
const DOMAIN = /^[a-zA-Z][a-zA-Z0-9-]*(\.[a-zA-Z][a-zA-Z0-9-]*)+$/;

export function followsOaiIdentifierScheme(repository: string): boolean {
  return DOMAIN.test(repository);
}
