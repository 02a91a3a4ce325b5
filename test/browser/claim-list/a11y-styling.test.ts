import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/claim-list/claim-list.define.js';
import type { ClaimListElement } from '../../../src/elements/claim-list/claim-list.js';
import { mount, unmountAll } from '../helpers/dom.js';
import { cards, change, listClaims, manyClaims, optionTexts, part, settled, shadow } from './list-helpers.js';

async function list(template: ReturnType<typeof html>): Promise<ClaimListElement> {
  const box = await mount<HTMLElement>(template);
  const el = (box.localName === 'claim-list' ? box : box.querySelector('claim-list')!) as ClaimListElement;
  await settled(el);
  return el;
}

/** Each label's own text, without its field's. */
const labelTexts = (el: Element) =>
  [...shadow(el).querySelectorAll('label')].map((label) =>
    [...label.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim(),
  );

describe('<claim-list> accessibility, languages and styling', () => {
  afterEach(unmountAll);
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('is accessible ready, with select buttons and "Show more"', async () => {
    const el = await list(html`<claim-list selectable page-size="3" .claims=${listClaims}></claim-list>`);
    expect(part(el, 'more')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme and as compact cards', async () => {
    const el = await list(html`<claim-list theme="dark" variant="compact" selectable .claims=${listClaims}></claim-list>`);
    expect(getComputedStyle(part(el, 'search')!).backgroundColor).to.equal('rgb(23, 25, 29)');
    expect(getComputedStyle(part(el, 'search')!).colorScheme).to.equal('dark');
    expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgb(23, 25, 29)');
    await expect(el).to.be.accessible();
  });

  it('speaks Arabic right to left: labels, menus, count, mirrored layout, and is accessible', async () => {
    const el = await list(html`<div dir="rtl" lang="ar"><claim-list selectable .claims=${listClaims}></claim-list></div>`);
    expect(labelTexts(el)).to.deep.equal(['البحث في الادعاءات', 'الحكم', 'الترتيب']);
    expect(optionTexts(part(el, 'filter'))[1]).to.equal('كاذب (2)');
    expect(optionTexts(part(el, 'sort'))).to.deep.equal(['الأحدث أولًا', 'الأقدم أولًا', 'حسب الحكم']);
    expect(part(el, 'count')!.textContent).to.equal('عرض 6 من 6');
    expect(cards(el)[0]!.getAttribute('lang')).to.equal('ar');
    const base = part(el, 'base')!;
    expect(getComputedStyle(base).direction).to.equal('rtl');
    expect(base.hasAttribute('lang')).to.equal(false); // Arabic labels: nothing to mark
    // The search field starts on the right.
    const search = part(el, 'search')!.getBoundingClientRect();
    const sort = part(el, 'sort')!.getBoundingClientRect();
    expect(search.right).to.be.greaterThan(sort.right);
    await expect(el).to.be.accessible();
  });

  it('speaks Russian and Korean from the first render', async () => {
    const ru = await list(html`<claim-list lang="ru" .claims=${listClaims}></claim-list>`);
    expect(labelTexts(ru)[0]).to.equal('Поиск по утверждениям');
    expect(part(ru, 'count')!.textContent).to.equal('Показано 6 из 6');
    const ko = await list(html`<claim-list lang="ko" page-size="2" .claims=${listClaims}></claim-list>`);
    expect(labelTexts(ko)[2]).to.equal('정렬');
    expect(part(ko, 'more')!.textContent).to.equal('더 보기 (4건 남음)');
    await change(ko, 'search', 'zzz');
    expect(part(ko, 'empty')!.textContent).to.equal('일치하는 주장이 없습니다.');
  });

  it('labels that fall back to English are marked lang="en"', async () => {
    const el = await list(html`<claim-list lang="de" .claims=${listClaims}></claim-list>`);
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en');
    expect(cards(el)[0]!.getAttribute('lang')).to.equal('de');
    await expect(el).to.be.accessible();
  });

  it('parts and --claim-* properties restyle it from the page', async () => {
    const style = document.createElement('style');
    style.textContent = 'claim-list.styled::part(count) { color: rgb(200, 0, 0); } claim-list.styled::part(item) { outline: 2px solid rgb(0, 0, 200); }';
    document.head.append(style);
    try {
      const el = await list(html`<claim-list class="styled" style="--claim-border-color: rgb(1, 2, 3)" .claims=${listClaims}></claim-list>`);
      expect(getComputedStyle(part(el, 'count')!).color).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(part(el, 'item')!).outlineColor).to.equal('rgb(0, 0, 200)');
      expect(getComputedStyle(part(el, 'search')!).borderTopColor).to.equal('rgb(1, 2, 3)');
      for (const name of ['base', 'controls', 'search', 'filter', 'sort', 'count', 'list', 'item']) {
        expect(part(el, name), name).to.not.equal(null);
      }
    } finally {
      style.remove();
    }
  });

  it('ignores the page\'s root font size', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 40px }';
    document.head.append(style);
    try {
      const el = await list(html`<claim-list .claims=${listClaims}></claim-list>`);
      expect(parseFloat(getComputedStyle(part(el, 'search')!).fontSize)).to.be.lessThan(24);
    } finally {
      style.remove();
    }
  });

  it('fits a 320 px wide column without sideways scrolling, with WCAG text spacing', async () => {
    const style = document.createElement('style');
    // WCAG 2.2 SC 1.4.12 text spacing, reaching into the shadow tree through inheritance.
    style.textContent = '.narrow { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
    document.head.append(style);
    try {
      const el = await list(html`<div class="narrow" style="inline-size: 320px"><claim-list selectable .claims=${listClaims}></claim-list></div>`);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(320);
      for (const name of ['search', 'filter', 'sort']) {
        expect(part(el, name)!.getBoundingClientRect().right, name).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      }
    } finally {
      style.remove();
    }
  });

  it('in forced colors the controls keep borders and the focus ring shows', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await list(html`<claim-list selectable .claims=${manyClaims(30)}></claim-list>`);
    for (const name of ['search', 'filter', 'sort', 'select', 'more']) {
      const style = getComputedStyle(part(el, name)!);
      expect(parseFloat(style.borderTopWidth), name).to.be.greaterThan(0);
      expect(style.borderTopStyle, name).to.not.equal('none');
    }
    // Keyboard focus shows a solid ring (drawn in the system highlight colour).
    const selects = shadow(el).querySelectorAll<HTMLButtonElement>('[part="select"]');
    selects[selects.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    const more = part<HTMLButtonElement>(el, 'more')!;
    expect(shadow(el).activeElement).to.equal(more);
    expect(more.matches(':focus-visible')).to.equal(true);
    const style = getComputedStyle(more);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.greaterThan(0);
  });

  it('with reduced motion nothing in it animates', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await list(html`<claim-list selectable .claims=${listClaims}></claim-list>`);
    for (const node of shadow(el).querySelectorAll('*')) {
      const style = getComputedStyle(node);
      expect(style.animationName, node.localName).to.equal('none');
      expect(parseFloat(style.transitionDuration), node.localName).to.equal(0);
    }
  });
});
