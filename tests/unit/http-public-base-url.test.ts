import { describe, expect, it } from 'vitest';
import { readEnv } from '@/lib/env';
import { absoluteUrl, publicBaseUrl } from '@/lib/http/public-base-url';

const none: { TELAAH_PUBLIC_URL?: string } = {};
const base = (headers: Record<string, string>, env = none) => publicBaseUrl(new Headers(headers), env);

describe('publicBaseUrl', () => {
  it('uses the Host header when nothing else is known', () => {
    expect(base({ host: '127.0.0.1:3102' })).toBe('http://127.0.0.1:3102');
    expect(base({ host: 'Telaah.Example.ac.id' })).toBe('http://telaah.example.ac.id');
  });

  it('honours X-Forwarded-Host and X-Forwarded-Proto, taking the first value of a proxy chain', () => {
    expect(
      base({
        host: 'localhost:3000',
        'x-forwarded-host': 'telaah.example.org',
        'x-forwarded-proto': 'https',
      }),
    ).toBe('https://telaah.example.org');
    expect(
      base({
        host: 'localhost:3000',
        'x-forwarded-host': 'a.example.org, b.internal',
        'x-forwarded-proto': 'https,http',
      }),
    ).toBe('https://a.example.org');
    expect(base({ host: '[::1]:8080' })).toBe('http://[::1]:8080');
  });

  it('prefers TELAAH_PUBLIC_URL over every header, without a trailing slash', () => {
    const env = { TELAAH_PUBLIC_URL: 'https://telaah.example.ac.id/' };
    expect(base({ host: 'evil.example', 'x-forwarded-host': 'evil.example' }, env)).toBe(
      'https://telaah.example.ac.id',
    );
    expect(base({}, { TELAAH_PUBLIC_URL: 'https://uni.example/telaah' })).toBe('https://uni.example/telaah');
  });

  it('rejects headers that would inject a path, credentials, markup or another scheme', () => {
    for (const bad of [
      'evil.example/path',
      'user@evil.example',
      'a"><script>',
      'evil.example?x=1',
      'a b',
      '-bad.example',
      '',
    ]) {
      expect(base({ 'x-forwarded-host': bad, host: 'good.example' })).toBe('http://good.example');
      expect(base({ host: bad })).toBeNull();
    }
    expect(base({ host: 'good.example', 'x-forwarded-proto': 'javascript' })).toBe('http://good.example');
    expect(base({ host: 'good.example', 'x-forwarded-proto': 'https://x' })).toBe('http://good.example');
  });

  it('gives null without any host, so callers leave the link out', () => {
    expect(base({})).toBeNull();
    expect(absoluteUrl(null, '/studies/x')).toBeNull();
    expect(absoluteUrl('https://t.example', '/studies/x')).toBe('https://t.example/studies/x');
  });
});

describe('TELAAH_PUBLIC_URL validation', () => {
  it('accepts an absolute http(s) URL', () => {
    expect(
      readEnv({ NODE_ENV: 'test', TELAAH_PUBLIC_URL: 'https://telaah.example.ac.id' }).TELAAH_PUBLIC_URL,
    ).toBe('https://telaah.example.ac.id');
  });

  it.each([
    'telaah.example.ac.id',
    '/telaah',
    'ftp://telaah.example',
    'https://t.example/?a=1',
    'https://t.example/#x',
  ])('rejects %s', (value) => {
    expect(() => readEnv({ NODE_ENV: 'test', TELAAH_PUBLIC_URL: value })).toThrow(/TELAAH_PUBLIC_URL/);
  });
});
