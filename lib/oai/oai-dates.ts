// OAI-PMH UTCdatetime values. The repository's granularity is seconds, so a harvester may send either a day
// (YYYY-MM-DD) or a second (YYYY-MM-DDThh:mm:ssZ); both bounds of one request must use the same one.

export type Granularity = 'day' | 'second';

export interface OaiDate {
  /** The first millisecond the value names. */
  start: Date;
  /** The first millisecond after it: a day or a second later, so `until` covers the whole day or second. */
  end: Date;
  granularity: Granularity;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const SECOND = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})Z$/;

/** A day or second in UTC, or null when the text is neither or names no real date (2023-02-30). */
export function parseOaiDate(text: string): OaiDate | null {
  const day = DAY.exec(text);
  const second = day ? null : SECOND.exec(text);
  const parts = (day ?? second)?.slice(1).map(Number);
  if (!parts) return null;
  const [year = 0, month = 1, date = 1, hour = 0, minute = 0, sec = 0] = parts;
  const start = new Date(Date.UTC(year, month - 1, date, hour, minute, sec));
  // Date.UTC rolls 2023-02-30 over to March; a value that does not read back the same was not a real date.
  const roundTrip = day ? formatOaiDay(start) : formatOaiDatestamp(start);
  if (roundTrip !== text) return null;
  const granularity: Granularity = day ? 'day' : 'second';
  const end = new Date(start.getTime() + (day ? 86_400_000 : 1000));
  return { start, end, granularity };
}

/** A datestamp at the repository's granularity: seconds, UTC, no fraction. */
export function formatOaiDatestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function formatOaiDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
