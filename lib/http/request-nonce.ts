// The nonce proxy.ts put in this request's Content-Security-Policy, for the rare element of our own that must be
// inline (Next.js finds it there by itself for its scripts). Server components only.
import { headers } from 'next/headers';

export async function requestNonce(): Promise<string | undefined> {
  const policy = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}
