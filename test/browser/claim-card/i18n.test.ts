import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define.js';
import { registerStrings, type ClaimCardElement } from '../../../src/index.js';
import { permits } from '../helpers/claims.js';
import { mount, unmountAll } from '../helpers/dom.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector(`[part~="${name}"]`)!;
const dateText = (el: Element) => part(el, 'date').textContent;

describe('<claim-card> languages and dates', () => {
  afterEach(unmountAll);
  it('formats dates through Intl in the element\'s own lang', async () => {
    const expected = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2018, 7, 1));
    for (const lang of ['en', 'ru', 'ko', 'ar', 'de-CH']) {
      const el = await fixture<ClaimCardElement>(html`<claim-card lang=${lang} .claim=${permits}></claim-card>`);
      expect(dateText(el), lang).to.equal(expected(lang));
    }
    const ru = await fixture<ClaimCardElement>(html`<claim-card lang="ru" .claim=${permits}></claim-card>`);
    expect(dateText(ru)).to.equal('1 августа 2018 г.');
    const ko = await fixture<ClaimCardElement>(html`<claim-card lang="ko" .claim=${permits}></claim-card>`);
    expect(dateText(ko)).to.equal('2018년 8월 1일');
  });

  it('takes the nearest ancestor\'s lang, across shadow roots', async () => {
    const host = await mount<HTMLDivElement>(html`<div lang="ru"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const el = document.createElement('claim-card') as ClaimCardElement;
    el.claim = permits;
    shadow.append(el);
    await el.updateComplete;
    expect(dateText(el)).to.equal('1 августа 2018 г.');
    expect(part(el, 'base').getAttribute('aria-label')).to.equal('Проверка фактов: Утверждение: Alexander Matsegora');
  });

  it('falls back to the document language, and to English for an unusable tag', async () => {
    const before = document.documentElement.lang;
    document.documentElement.lang = 'ko';
    try {
      const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
      expect(dateText(el)).to.equal('2018년 8월 1일');
      const broken = await fixture<ClaimCardElement>(html`<claim-card lang="en_US" .claim=${permits}></claim-card>`);
      expect(dateText(broken)).to.equal('August 1, 2018');
      const nonsense = await fixture<ClaimCardElement>(html`<claim-card lang="!!" .claim=${permits}></claim-card>`);
      expect(dateText(nonsense)).to.equal('August 1, 2018');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('speaks Russian, Korean and Arabic', async () => {
    const labels: Record<string, string> = { ru: 'Опровержение', ko: '반론', ar: 'الرد على الادعاء' };
    for (const [lang, counter] of Object.entries(labels)) {
      const el = await fixture<ClaimCardElement>(html`<claim-card lang=${lang} .claim=${permits}></claim-card>`);
      expect(part(el, 'counter-claim').textContent).to.contain(counter);
      await expect(el).to.be.accessible();
    }
  });

  it('a language without strings gets English labels marked lang="en" and its own dates', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card lang="de" .claim=${{ ...permits, lang: undefined }}></claim-card>`);
    const wrapper = el.shadowRoot!.querySelector('div[lang]')!;
    expect(wrapper.getAttribute('lang')).to.equal('en');
    expect(part(el, 'statement').getAttribute('lang')).to.equal('de');
    expect(dateText(el)).to.equal('1. August 2018');
  });

  it('publishers can add a language', async () => {
    registerStrings('de', { counterClaim: 'Gegendarstellung', factCheck: 'Faktencheck' });
    const el = await fixture<ClaimCardElement>(html`<claim-card lang="de-AT" .claim=${permits}></claim-card>`);
    expect(part(el, 'counter-claim').textContent).to.contain('Gegendarstellung');
    expect(part(el, 'source').textContent).to.contain('Source'); // missing keys fall back to English
    expect(el.shadowRoot!.querySelector('div[lang]')).to.equal(null);
  });

  it('dates with a time of day use the reader\'s calendar day', async () => {
    const claim = { ...permits, date: '2018-08-01T23:30:00-05:00' };
    const el = await fixture<ClaimCardElement>(html`<claim-card lang="en" .claim=${claim}></claim-card>`);
    const expected = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(Date.parse('2018-08-01T23:30:00-05:00'));
    expect(dateText(el)).to.equal(expected);
    expect(part(el, 'date').getAttribute('datetime')).to.equal('2018-08-01T23:30:00-05:00');
  });

  it('follows a language switch on a container after it rendered', async () => {
    const box = await mount<HTMLDivElement>(html`<div lang="en"><claim-card .claim=${permits}></claim-card></div>`);
    const el = box.querySelector('claim-card') as ClaimCardElement;
    expect(part(el, 'counter-claim').textContent).to.contain('Counter-claim');
    box.setAttribute('lang', 'ru');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(part(el, 'counter-claim').textContent).to.contain('Опровержение');
    expect(dateText(el)).to.equal('1 августа 2018 г.');
  });

  it('numbers are written the way the page language writes them', async () => {
    // Egyptian Arabic writes Arabic-Indic digits (the Arabic strings serve it, too).
    const el = await fixture<ClaimCardElement>(html`<claim-card lang="ar-EG" .claim=${{ ...permits, verdict: { label: 'مضلل', rating: 30, best: 100, worst: 0 } }}></claim-card>`);
    const verdict = part(el, 'verdict').textContent!;
    const expected = new Intl.NumberFormat('ar-EG').format(30);
    expect(verdict).to.contain(expected);
    expect(expected).to.not.equal('30');
  });

  it('claim text keeps its own direction inside a right-to-left page', async () => {
    const box = await mount<HTMLDivElement>(html`<div dir="rtl" lang="ar"><claim-card .claim=${permits}></claim-card></div>`);
    const el = box.querySelector('claim-card') as ClaimCardElement;
    await el.updateComplete;
    const statement = part(el, 'statement').querySelector('p')!;
    expect(statement.getAttribute('dir')).to.equal('auto');
    expect(getComputedStyle(statement).direction).to.equal('ltr');
  });

  it('right-to-left pages mirror the card through logical properties', async () => {
    const box = await mount<HTMLDivElement>(html`<div dir="rtl" lang="ar"><claim-card .claim=${permits}></claim-card></div>`);
    const el = box.querySelector('claim-card') as ClaimCardElement;
    await el.updateComplete;
    const card = getComputedStyle(part(el, 'base'));
    expect(parseFloat(card.borderRightWidth)).to.be.greaterThan(parseFloat(card.borderLeftWidth));
    expect(part(el, 'base').getAttribute('aria-label')).to.contain('تدقيق الحقائق');
    await expect(el).to.be.accessible();
  });
});
