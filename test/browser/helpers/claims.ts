/** Claims used across the browser tests; facts from the reference reports, our words. */
import type { Claim } from '../../../src/index.js';

export const permits: Claim = {
  id: 'no-new-permits',
  statement: 'No new permits have been issued to North Korean workers since the sanctions took effect.',
  claimant: { name: 'Alexander Matsegora', title: "Russia's ambassador to North Korea", url: 'https://en.wikipedia.org/wiki/Alexander_Matsegora' },
  date: '2018-08-01',
  source: { url: 'https://www.wsj.com/', title: 'Reported remarks', publisher: 'The Wall Street Journal', date: '2018-08-02' },
  counterClaim: {
    statement: 'Labour Ministry figures show more than 10,000 North Koreans newly registered since September.',
    source: { url: 'https://example.org/ministry-figures', title: 'Ministry registration data', publisher: 'Labour Ministry' },
    date: '2018-07-30',
  },
  verdict: { label: 'Misleading', rating: 2, best: 5, worst: 1 },
  review: { url: 'https://example.org/fact-checks/no-new-permits', publisher: 'Demo Desk', author: 'Dana Editor', date: '2018-08-03' },
  lang: 'en',
};

export const minimal: Claim = { id: 'minimal', statement: 'Moscow hosts as many as 50,000 North Korean workers.' };
