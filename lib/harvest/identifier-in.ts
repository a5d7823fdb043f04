/** The identifier in a record's header, read without parsing: for naming a record whose XML is not well-formed. */
export function identifierIn(xml: string): string | null {
  const header = /<(?:[\w-]+:)?header\b[\s\S]*?<\/(?:[\w-]+:)?header>/.exec(xml)?.[0] ?? xml;
  return /<(?:[\w-]+:)?identifier>\s*([^<\s][^<]*?)\s*</.exec(header)?.[1] ?? null;
}
