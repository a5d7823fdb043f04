// The public base URL of the request being rendered (lib/http/public-base-url.ts). Server components only.
import { headers } from 'next/headers';
import { publicBaseUrl } from './public-base-url';

export async function requestBaseUrl(): Promise<string | null> {
  return publicBaseUrl(await headers());
}
