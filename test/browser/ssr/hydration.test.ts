// Cards rendered by @lit-labs/ssr in Node (the test server's /__test__/ssr route, from
// the current sources) and hydrated here. This import must stay first: lit-element picks
// up the hydration hook when it is evaluated, and the imports below load it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { ClaimCardElement, ClaimReadyEvent } from '../../../src/index.js';
import { minimal, permits } from '../helpers/claims.js';
import { until } from '../helpers/dom.js';

/** Server HTML for a card. */
async function serverHtml(params: Record<string, string>): Promise<string> {
  const response = await fetch(`/__test__/ssr?${new URLSearchParams(params)}`);
  if (!response.ok) throw new Error(`SSR route: ${response.status} ${await response.text()}`);
  return response.text();
}

const hosts: HTMLElement[] = [];

/** Parses server HTML into the page the way a document load would: declarative shadow roots attach. */
function inject(markup: string, lang?: string): ClaimCardElement {
  const host = document.createElement('div');
  if (lang) host.lang = lang;
  document.body.append(host);
  hosts.push(host);
  host.setHTMLUnsafe(markup);
  return host.querySelector('claim-card') as ClaimCardElement;
}

/** Everything hydration could complain through: console errors and warnings, uncaught errors. */
function watchProblems(): { problems: string[]; stop: () => void } {
  const problems: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => problems.push(`error: ${args.map(String).join(' ')}`);
  console.warn = (...args: unknown[]) => problems.push(`warn: ${args.map(String).join(' ')}`);
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    problems,
    stop: () => {
      Object.assign(console, { error, warn });
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/**
 * What a reader gets from a shadow root: elements with sorted attributes and text,
 * without Lit's comment markers and the server's <style> (the browser adopts styles).
 */
function rendered(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const children = [...node.childNodes].map(rendered).join('');
  if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return children;
  const el = node as Element;
  if (el.localName === 'style') return '';
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).sort().join('');
  return `<${el.localName}${attrs}>${children}</${el.localName}>`;
}

/** The same card rendered by the browser alone, for comparison. */
async function clientOnly(setup: (el: ClaimCardElement) => void): Promise<string> {
  const el = document.createElement('claim-card');
  setup(el);
  const host = document.createElement('div');
  hosts.push(host);
  document.body.append(host);
  host.append(el);
  await el.updateComplete;
  return rendered(el.shadowRoot!);
}

const define = () => import('../../../src/elements/claim-card/claim-card.define.js');
const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim();

describe('server-rendered <claim-card> hydration', () => {
  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  // Runs first, while <claim-card> is still undefined on this page.
  it('is visible before the element is defined, and hydration keeps every node (lang="ru", claim property)', async () => {
    expect(customElements.get('claim-card'), 'not defined yet').to.equal(undefined);
    const el = inject(await serverHtml({ kind: 'claim', lang: 'ru', data: JSON.stringify(permits) }));

    // No flash: the finished card is there before any element code runs.
    expect(el.matches(':defined')).to.equal(false);
    expect(el.getAttribute('lang')).to.equal('ru');
    const root = el.shadowRoot!;
    expect(root, 'declarative shadow root').to.not.equal(null);
    expect(root.querySelector('style'), 'styles travel with the markup').to.not.equal(null);
    const quote = root.querySelector('blockquote')!;
    expect(quote.textContent!.trim()).to.equal(permits.statement);
    expect(text(el, '.kicker')).to.equal('Проверка фактов');
    expect(el.getBoundingClientRect().height, 'laid out and styled').to.be.greaterThan(100);
    const nodes = [...root.querySelectorAll('*')];
    const markup = root.innerHTML;
    const hostAttributes = [...el.attributes].map((a) => `${a.name}=${a.value}`);

    const ready: ClaimReadyEvent[] = [];
    el.addEventListener('claim-ready', (e) => ready.push(e));
    const watch = watchProblems();
    try {
      await define();
      await el.updateComplete;
    } finally {
      watch.stop();
    }

    expect(watch.problems, 'no mismatch, no console output').to.deep.equal([]);
    expect(el.shadowRoot).to.equal(root);
    expect(root.querySelector('blockquote'), 'the same blockquote node').to.equal(quote);
    expect([...root.querySelectorAll('*')], 'the same nodes, all of them').to.deep.equal(nodes);
    expect(root.innerHTML, 'nothing a reader could see changed').to.equal(markup);
    expect([...el.attributes].map((a) => `${a.name}=${a.value}`)).to.deep.equal(hostAttributes);
    expect(ready, 'claim-ready fires once the card is live').to.have.length(1);
    expect(ready[0]!.claims[0]!.id).to.equal(permits.id);

    // The server's text is exactly what the browser would have rendered by itself
    // (labels, dates through Intl, links), so hydration left nothing stale behind.
    const alone = await clientOnly((card) => {
      card.lang = 'ru';
      card.claim = permits;
    });
    expect(rendered(root)).to.equal(alone);

    // Interactive: a new claim re-renders in place.
    el.claim = minimal;
    await el.updateComplete;
    expect(root.querySelector('blockquote')).to.equal(quote);
    expect(quote.textContent!.trim()).to.equal(minimal.statement);
    expect(root.querySelector('[part~="claimant"]')).to.equal(null);
    await until(() => ready.length === 2, 2000, 'a second claim-ready');
  });

  it('hydrates a card server-rendered from plain attributes, and follows attribute changes', async () => {
    await define();
    const attrs = { statement: 'Moscow hosts as many as 50,000 North Korean workers.', claimant: 'A deputy minister', date: '2018-07-30', verdict: 'Unproven' };
    const watch = watchProblems();
    let el: ClaimCardElement;
    let quote: Element;
    let markup: string;
    try {
      el = inject(await serverHtml({ kind: 'attributes', lang: 'ru', attrs: JSON.stringify(attrs) }));
      // Upgraded on insertion; hydration waits for the first update.
      quote = el.shadowRoot!.querySelector('blockquote')!;
      markup = el.shadowRoot!.innerHTML;
      expect(quote.textContent!.trim()).to.equal(attrs.statement);
      await el.updateComplete;
    } finally {
      watch.stop();
    }
    expect(watch.problems).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('blockquote')).to.equal(quote);
    expect(el.shadowRoot!.innerHTML).to.equal(markup);
    expect(text(el, '[part~="date"]')).to.equal(new Intl.DateTimeFormat('ru', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2018, 6, 30)));

    el.setAttribute('statement', 'Edited statement.');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('blockquote')).to.equal(quote);
    expect(quote.textContent!.trim()).to.equal('Edited statement.');
  });

  it('without a lang, the server renders English and says so on the element, so a page language cannot change it', async () => {
    await define();
    const watch = watchProblems();
    let el: ClaimCardElement;
    let markup: string;
    try {
      el = inject(await serverHtml({ kind: 'attributes', attrs: JSON.stringify({ statement: 'No lang given.' }) }), 'ko');
      expect(el.getAttribute('lang'), 'written by the server').to.equal('en');
      markup = el.shadowRoot!.innerHTML;
      await el.updateComplete;
    } finally {
      watch.stop();
    }
    expect(watch.problems).to.deep.equal([]);
    expect(el.shadowRoot!.innerHTML).to.equal(markup);
    expect(text(el, '.kicker')).to.equal('Fact check');
  });

  it('a server-rendered src card shows its loading state, hydrates, then loads', async () => {
    await define();
    const watch = watchProblems();
    let el: ClaimCardElement;
    try {
      el = inject(await serverHtml({ kind: 'attributes', lang: 'en', attrs: JSON.stringify({ src: '/__test__/claims.json', 'claim-id': 'diplomat-couriers' }) }));
      expect(el.shadowRoot!.querySelector('[part~="status"]')?.textContent).to.contain('Loading');
      await until(() => el.shadowRoot!.querySelector('blockquote') !== null, 5000, 'the loaded claim');
    } finally {
      watch.stop();
    }
    expect(watch.problems).to.deep.equal([]);
    expect(text(el, 'blockquote')).to.match(/^North Korean diplomats/);
  });

  it('markup the server rendered without the data (a child script it cannot see) is redrawn once, with one warning', async () => {
    await define();
    const watch = watchProblems();
    let el: ClaimCardElement;
    try {
      el = inject(await serverHtml({ kind: 'script', lang: 'en', data: JSON.stringify(permits) }));
      expect(el.shadowRoot!.querySelector('blockquote'), 'the server saw no claim').to.equal(null);
      await el.updateComplete;
    } finally {
      watch.stop();
    }
    expect(watch.problems).to.have.length(1);
    expect(watch.problems[0]).to.match(/^warn: claim-cards: <claim-card> server-rendered markup did not match/);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('[part~="base"]'), 'one card, not two').to.have.length(1);
    expect(text(el, 'blockquote')).to.equal(permits.statement);
    expect(root.querySelector('style'), 'the server styles stay').to.not.equal(null);

    el.claim = minimal;
    await el.updateComplete;
    expect(root.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(text(el, 'blockquote')).to.equal(minimal.statement);
  });
});
