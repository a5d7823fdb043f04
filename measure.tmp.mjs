import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
await p.goto(process.argv[2]);
console.log(await p.evaluate(() => {
  const out = { total: document.documentElement.scrollHeight };
  const main = document.querySelector('main');
  for (const el of main.querySelectorAll(':scope > * > *, :scope > *')) out[el.tagName + '.' + (el.getAttribute('data-testid') || el.className.slice(0, 30))] = Math.round(el.getBoundingClientRect().height);
  const cards = document.querySelectorAll('[data-testid="study-comparison-cards"] > li');
  out.cards = [...cards].map(c => Math.round(c.getBoundingClientRect().height));
  out.aspects = [...(cards[1]?.querySelectorAll('[data-aspect]') ?? [])].map(a => a.getAttribute('data-aspect') + ':' + Math.round(a.getBoundingClientRect().height));
  return out;
}));
await b.close();
