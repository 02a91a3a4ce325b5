import { expect, html } from '@open-wc/testing';
import '../../../src/elements/claim-list/claim-list.define.js';
import type { ClaimListElement } from '../../../src/elements/claim-list/claim-list.js';
import { mount, unmountAll } from '../helpers/dom.js';
import { cards, change, ids, manyClaims, part, settled, shadow } from './list-helpers.js';

/**
 * Counts <claim-card> elements created in the list from now on. Moving a card inserts it
 * again, so an inserted card counts only when the list never held it before.
 */
function countCreatedCards(el: Element): { count: () => number; stop: () => void } {
  const seen = new WeakSet<Element>(cards(el));
  let created = 0;
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        for (const card of [node, ...node.querySelectorAll('claim-card')]) {
          if (card.localName !== 'claim-card' || seen.has(card)) continue;
          seen.add(card);
          created++;
        }
      }
    }
  };
  const observer = new MutationObserver(note);
  observer.observe(shadow(el), { childList: true, subtree: true });
  return {
    count: () => {
      note(observer.takeRecords());
      return created;
    },
    stop: () => observer.disconnect(),
  };
}

describe('<claim-list> with 1,000 claims', () => {
  afterEach(unmountAll);
  const claims = manyClaims(1000);

  it('renders the first page only, and every claim is reachable through "Show more"', async () => {
    const started = performance.now();
    const el = await mount<ClaimListElement>(html`<claim-list .claims=${claims}></claim-list>`);
    await settled(el);
    const firstRender = performance.now() - started;
    expect(ids(el).length).to.equal(20);
    expect(ids(el)[0]).to.equal('claim-999'); // newest first
    expect(part(el, 'count')!.textContent).to.equal('Showing 1,000 of 1,000 claims');
    expect(part(el, 'more')!.textContent).to.equal('Show more (980 left)');
    // Validating 1,000 claims and rendering a page: well under a second on any test machine.
    expect(firstRender).to.be.lessThan(3000);
    let clicks = 0;
    while (part(el, 'more')) {
      part<HTMLButtonElement>(el, 'more')!.click();
      await settled(el);
      clicks++;
    }
    expect(clicks).to.equal(49);
    const shown = ids(el);
    expect(shown.length).to.equal(1000);
    expect(new Set(shown).size).to.equal(1000);
    expect(shown.at(-1)).to.equal('claim-0');
  });

  it('filtering and sorting keep the cards already on screen: only newly shown claims get new elements', async () => {
    const el = await mount<ClaimListElement>(html`<claim-list page-size="100" .claims=${claims}></claim-list>`);
    await settled(el);
    const created = countCreatedCards(el);
    const byId = () => new Map(cards(el).map((card) => [(card.claim as { id: string }).id, card]));

    /** Applies a change; returns how many shown claims were on screen before, and checks they kept their element. */
    async function step(name: 'search' | 'filter' | 'sort', value: string): Promise<{ kept: number; createdNow: number; ms: number }> {
      const before = byId();
      const createdBefore = created.count();
      const started = performance.now();
      await change(el, name, value);
      const ms = performance.now() - started;
      const after = byId();
      let kept = 0;
      for (const [id, card] of after) {
        if (!before.has(id)) continue;
        expect(card, id).to.equal(before.get(id));
        kept++;
      }
      const createdNow = created.count() - createdBefore;
      expect(createdNow).to.equal(after.size - kept);
      return { kept, createdNow, ms };
    }

    // "sanctions" is in every eighth statement (125 claims); 12 of them were on the first page.
    const search = await step('search', 'sanctions');
    expect(part(el, 'count')!.textContent).to.equal('Showing 125 of 1,000 claims');
    expect(search).to.include({ kept: 12, createdNow: 88 });
    expect(search.ms).to.be.lessThan(1000);
    // Every 40th claim is false: 25, of which 20 were among the 100 on screen.
    expect(await step('filter', 'false')).to.include({ kept: 20, createdNow: 5 });
    // Re-sorting and narrowing further create nothing at all.
    expect(await step('sort', 'oldest')).to.include({ kept: 25, createdNow: 0 });
    expect(ids(el)[0]).to.equal('claim-0');
    expect(await step('search', 'sanctions 9')).to.include({ kept: 2, createdNow: 0 });
    expect(ids(el)).to.deep.equal(['claim-920', 'claim-960']);
    created.stop();
  });

  it('each keystroke over 1,000 claims updates quickly', async () => {
    const el = await mount<ClaimListElement>(html`<claim-list .claims=${claims}></claim-list>`);
    await settled(el);
    const times: number[] = [];
    for (const query of ['s', 'st', 'sta', 'stat', 'state', 'statement 9', 'statement 99', 'statement 999']) {
      const started = performance.now();
      await change(el, 'search', query);
      times.push(performance.now() - started);
    }
    expect(ids(el)).to.deep.equal(['claim-999']);
    // Generous for a loaded CI machine; locally each takes a few milliseconds.
    expect(Math.max(...times)).to.be.lessThan(250);
  });
});
