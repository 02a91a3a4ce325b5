import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { ClaimCardElement } from '../../../src/index.js';
import { permits } from '../helpers/claims.js';
import { mount, unmountAll } from '../helpers/dom.js';

const base = (el: Element) => el.shadowRoot!.querySelector('[part="base"]') as HTMLElement;
const bg = (el: Element) => getComputedStyle(base(el)).backgroundColor;

describe('<claim-card> styling', () => {
  afterEach(unmountAll);
  afterEach(() => emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none' }));

  it('theme="dark" and theme="light" override the reader\'s scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const dark = await fixture<ClaimCardElement>(html`<claim-card theme="dark" .claim=${permits}></claim-card>`);
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).to.equal('rgb(23, 25, 29)');
    await emulateMedia({ colorScheme: 'dark' });
    expect(bg(light)).to.equal('rgb(23, 25, 29)');
    const forcedLight = await fixture<ClaimCardElement>(html`<claim-card theme="light" .claim=${permits}></claim-card>`);
    expect(bg(forcedLight)).to.equal('rgb(255, 255, 255)');
    await expect(light).to.be.accessible();
  });

  it('--claim-* custom properties restyle the card', async () => {
    const el = await fixture<ClaimCardElement>(
      html`<claim-card style="--claim-background: rgb(1, 2, 3); --claim-radius: 7px" .claim=${permits}></claim-card>`,
    );
    expect(bg(el)).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(base(el)).borderTopLeftRadius).to.equal('7px');
  });

  it('parts can be styled from the page', async () => {
    const style = document.createElement('style');
    style.textContent = 'claim-card.parted::part(statement) { color: rgb(200, 0, 0); }';
    document.head.append(style);
    const el = await fixture<ClaimCardElement>(html`<claim-card class="parted" .claim=${permits}></claim-card>`);
    const statement = el.shadowRoot!.querySelector('[part="statement"]')!;
    expect(getComputedStyle(statement).color).to.equal('rgb(200, 0, 0)');
    style.remove();
  });

  it('ignores the page\'s root font size and inherited text styles', async () => {
    const style = document.createElement('style');
    style.textContent = 'html { font-size: 40px } .hostile { text-transform: uppercase; letter-spacing: 5px; font-style: italic; line-height: 5; }';
    document.head.append(style);
    const box = await mount<HTMLDivElement>(html`<div class="hostile"><claim-card .claim=${permits}></claim-card></div>`);
    const el = box.querySelector('claim-card')!;
    await (el as ClaimCardElement).updateComplete;
    const statement = getComputedStyle(el.shadowRoot!.querySelector('blockquote p')!);
    expect(statement.textTransform).to.equal('none');
    expect(statement.letterSpacing).to.equal('normal');
    expect(statement.fontStyle).to.equal('normal');
    expect(parseFloat(statement.fontSize)).to.be.lessThan(24);
    style.remove();
  });

  it('in forced colors the verdict keeps a visible border and its text', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const badge = el.shadowRoot!.querySelector('.badge')!;
    const style = getComputedStyle(badge);
    expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
    expect(style.borderTopStyle).to.equal('solid');
    expect(badge.textContent).to.contain('Misleading');
  });

  it('links are at least 24 px tall targets', async () => {
    const el = await fixture<ClaimCardElement>(html`<claim-card .claim=${permits}></claim-card>`);
    const review = el.shadowRoot!.querySelector('[part="review"] a')!.getBoundingClientRect();
    expect(review.height).to.be.at.least(24);
  });
});
