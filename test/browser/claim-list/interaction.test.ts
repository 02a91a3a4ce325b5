import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/claim-list/claim-list.define.js';
import type { ClaimListElement } from '../../../src/elements/claim-list/claim-list.js';
import { ClaimSelectEvent } from '../../../src/index.js';
import { mount, unmountAll, until } from '../helpers/dom.js';
import { ids, listClaims, manyClaims, part, settled, shadow } from './list-helpers.js';

async function list(template: ReturnType<typeof html>): Promise<ClaimListElement> {
  const el = await mount<ClaimListElement>(template);
  await settled(el);
  return el;
}

const selectButtons = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[part="select"]')];
const live = (el: Element) => shadow(el).querySelector('[role="status"]')!;

describe('<claim-list> keyboard, pointer and announcements', () => {
  afterEach(unmountAll);
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('has no select buttons unless selectable', async () => {
    const el = await list(html`<claim-list .claims=${listClaims}></claim-list>`);
    expect(selectButtons(el)).to.deep.equal([]);
  });

  it('Enter and Space on a card\'s select button fire claim-select with that claim', async () => {
    const el = await list(html`<claim-list selectable .claims=${listClaims}></claim-list>`);
    const selected: ClaimSelectEvent[] = [];
    el.addEventListener('claim-select', (e) => selected.push(e));
    const [first, second] = selectButtons(el);
    first!.focus();
    await sendKeys({ press: 'Enter' });
    second!.focus();
    await sendKeys({ press: 'Space' });
    await until(() => selected.length === 2, 2000, 'two selections');
    expect(selected[0]).to.be.instanceOf(ClaimSelectEvent);
    expect(selected[0]!.bubbles && selected[0]!.composed).to.equal(true);
    expect(selected.map((e) => e.claim.id)).to.deep.equal(ids(el).slice(0, 2));
    expect(selected[0]!.target).to.equal(el);
  });

  it('a pointer click on the select button fires claim-select', async () => {
    const el = await list(html`<claim-list selectable .claims=${listClaims}></claim-list>`);
    const button = selectButtons(el)[2]!;
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    const selected: string[] = [];
    el.addEventListener('claim-select', (e) => selected.push(e.claim.id));
    await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
    await until(() => selected.length === 1, 2000, 'a selection');
    expect(selected).to.deep.equal([ids(el)[2]]);
  });

  it('select buttons name their claim for screen readers, and are real buttons of at least 24 px', async () => {
    const el = await list(html`<claim-list selectable .claims=${listClaims}></claim-list>`);
    const button = selectButtons(el)[0]!;
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Select: North Korean diplomats carry cash and letters from labourers to their families.',
    );
    const long = await list(html`<claim-list selectable .claims=${[{ id: 'long', statement: 'word '.repeat(60) }]}></claim-list>`);
    expect(selectButtons(long)[0]!.textContent!.trim().length).to.be.lessThan(100);
    for (const target of [button, part(el, 'search')!, part(el, 'filter')!, part(el, 'sort')!]) {
      const { width, height } = target.getBoundingClientRect();
      expect(width, target.getAttribute('part')!).to.be.at.least(24);
      expect(height, target.getAttribute('part')!).to.be.at.least(24);
    }
  });

  it('the controls have visible labels and are reachable with Tab', async () => {
    const el = await list(html`<claim-list .claims=${listClaims}></claim-list>`);
    const labels = [...shadow(el).querySelectorAll('label')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim().split(' (')[0]);
    expect(labels[0]).to.equal('Search claims');
    expect(labels[1]!.startsWith('Verdict')).to.equal(true);
    expect(labels[2]!.startsWith('Sort by')).to.equal(true);
    for (const name of ['search', 'filter', 'sort']) {
      expect(part(el, name)!.closest('label')).to.not.equal(null);
    }
    part(el, 'search')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'filter'));
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(part(el, 'sort'));
  });

  it('typing filters at once; the count is spoken once the reader pauses', async () => {
    const el = await list(html`<claim-list .claims=${listClaims}></claim-list>`);
    expect(live(el).textContent).to.equal('');
    part(el, 'search')!.focus();
    await sendKeys({ type: 'nort' });
    await settled(el);
    expect(ids(el).length).to.equal(3);
    expect(part(el, 'count')!.textContent).to.equal('Showing 3 of 6 claims');
    // Not yet: the reader may still be typing.
    expect(live(el).textContent).to.equal('');
    const changes: string[] = [];
    new MutationObserver(() => changes.push(live(el).textContent!)).observe(live(el), { childList: true, characterData: true, subtree: true });
    await sendKeys({ type: 'h cafe' });
    await until(() => live(el).textContent !== '', 3000, 'the announcement');
    expect(live(el).textContent).to.equal('Showing 1 of 6 claims');
    await new Promise((r) => setTimeout(r, 900));
    // One announcement for the whole burst of keystrokes.
    expect(changes).to.deep.equal(['Showing 1 of 6 claims']);
    await sendKeys({ type: 'zzz' });
    await until(() => live(el).textContent === 'Showing 0 of 6 claims', 3000, 'the empty announcement');
    expect(part(el, 'empty')!.textContent).to.equal('No claims match.');
  });

  it('a menu change from the keyboard filters and is announced', async () => {
    const el = await list(html`<claim-list .claims=${listClaims}></claim-list>`);
    const filter = part<HTMLSelectElement>(el, 'filter')!;
    filter.focus();
    // A closed select changes its value with the arrow keys.
    await sendKeys({ press: 'ArrowDown' });
    await until(() => el.verdict === 'false', 2000, 'the verdict');
    await settled(el);
    expect(ids(el)).to.deep.equal(['cafe-wages', 'quota-met']);
    await until(() => live(el).textContent === 'Showing 2 of 6 claims', 3000, 'the announcement');
  });

  it('"Show more" adds a page, says how many are left, and moves focus to the first new card', async () => {
    const el = await list(html`<claim-list page-size="5" .claims=${manyClaims(12)}></claim-list>`);
    expect(ids(el).length).to.equal(5);
    const more = part<HTMLButtonElement>(el, 'more')!;
    expect(more.textContent).to.equal('Show more (7 left)');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => ids(el).length === 10, 2000, 'the second page');
    await settled(el);
    const items = shadow(el).querySelectorAll('[part="item"]');
    expect(shadow(el).activeElement).to.equal(items[5]);
    expect(part(el, 'more')!.textContent).to.equal('Show more (2 left)');
    part<HTMLButtonElement>(el, 'more')!.click();
    await until(() => ids(el).length === 12, 2000, 'the last page');
    await settled(el);
    expect(part(el, 'more')).to.equal(null);
    expect(shadow(el).activeElement).to.equal(shadow(el).querySelectorAll('[part="item"]')[10]);
    // A new filter starts again with one page.
    el.query = 'statement';
    await settled(el);
    expect(ids(el).length).to.equal(5);
  });

  it('cards\' own claim-ready events stay inside the list: it reports once for all of them', async () => {
    const events: Event[] = [];
    const listen = (e: Event) => events.push(e);
    document.addEventListener('claim-ready', listen);
    try {
      const el = await list(html`<claim-list .claims=${listClaims}></claim-list>`);
      await new Promise((r) => setTimeout(r, 50));
      expect(events.length).to.equal(1);
      expect(events[0]!.target).to.equal(el);
    } finally {
      document.removeEventListener('claim-ready', listen);
    }
  });
});
