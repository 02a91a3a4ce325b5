/** Claims and DOM helpers for the <claim-list> tests; facts from the reference reports, our words. */
import type { Claim, ClaimCardElement } from '../../../src/index.js';
import type { ClaimListElement } from '../../../src/elements/claim-list/claim-list.js';

/**
 * One claim per verdict tone (two false ones), dated in a known order, with accents,
 * Cyrillic and a counter-claim to search in.
 */
export const listClaims: Claim[] = [
  {
    id: 'no-new-permits',
    statement: 'No new permits have been issued to North Korean workers since the sanctions took effect.',
    claimant: { name: 'Alexander Matsegora' },
    date: '2018-08-01',
    counterClaim: { statement: 'Labour Ministry figures show more than 10,000 North Koreans newly registered.' },
    verdict: { label: 'Misleading', rating: 2, best: 5, worst: 1 },
  },
  {
    id: 'not-a-violation',
    statement: 'Sending people to work in Russia is not a violation of any sanctions.',
    claimant: { name: 'A Russian official' },
    date: '2017-03-29',
    verdict: { label: 'Disputed' },
  },
  {
    id: 'diplomat-couriers',
    statement: 'North Korean diplomats carry cash and letters from labourers to their families.',
    date: '2024-08-12',
    verdict: { label: 'Unproven', rating: 3 },
  },
  {
    id: 'cafe-wages',
    statement: 'Staff at a Moscow café run by North Koreans keep most of their wages.',
    claimant: { name: 'José Müller' },
    date: '2019-05-02T10:00:00+03:00',
    verdict: { label: 'False' },
  },
  {
    id: 'construction-sites',
    statement: 'Рабочие из КНДР ещё трудятся на стройках Владивостока.',
    claimant: { name: 'Местная газета' },
    date: '2020-01-15',
    verdict: { label: 'True' },
    lang: 'ru',
  },
  {
    id: 'quota-met',
    statement: 'Every worker was sent home before the December 2019 deadline.',
    verdict: { label: 'Pants on Fire' },
  },
];

const LABELS = ['False', 'Misleading', 'Mostly true', 'True', 'Disputed'];

/** `count` valid claims with dates one day apart (claim 0 the oldest) and rotating verdicts. */
export function manyClaims(count: number): Claim[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `claim-${i}`,
    statement: `Statement number ${i} about labour exports${i % 8 === 0 ? ' and sanctions' : ''}.`,
    date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
    verdict: { label: LABELS[i % LABELS.length]! },
  }));
}

export const shadow = (list: Element) => list.shadowRoot!;
export const part = <T extends Element = HTMLElement>(list: Element, name: string) =>
  shadow(list).querySelector<T>(`[part~="${name}"]`);
export const cards = (list: Element) => [...shadow(list).querySelectorAll('claim-card')] as ClaimCardElement[];
export const ids = (list: Element) => cards(list).map((card) => (card.claim as Claim).id);
export const optionTexts = (select: HTMLSelectElement | null) => [...select!.options].map((o) => o.textContent!.replace(/\s+/g, ' ').trim());

/** The list and every card in it have rendered. */
export async function settled(list: ClaimListElement): Promise<void> {
  await list.updateComplete;
  await Promise.all(cards(list).map((card) => card.updateComplete));
}

/** What a reader's change to a control does: set it, fire its event, wait for the render. */
export async function change(list: ClaimListElement, name: 'search' | 'filter' | 'sort', value: string): Promise<void> {
  const field = part<HTMLInputElement | HTMLSelectElement>(list, name)!;
  field.value = value;
  field.dispatchEvent(new Event(name === 'search' ? 'input' : 'change', { bubbles: true }));
  await settled(list);
}
