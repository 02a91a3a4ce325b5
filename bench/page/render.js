// The rendering page: 1,000 cards from one claim set, either <claim-card> (from the CDN
// bundle) or the hand-written <vanilla-claim-card>. Node loads a fresh page per run, so each
// run starts from the same state, and reads the JS heap through CDP around `run`.
import { defineVanillaCard } from './vanilla-card.js';

const cdn = await import('/dist/cdn/claim-cards.js');
await cdn.defineAll?.();
await Promise.race([customElements.whenDefined('claim-card'), new Promise((r) => setTimeout(r, 10_000))]);
const ClaimCard = customElements.get('claim-card');
// The vanilla card gets the very CSS <claim-card> adopts, so both pay the same style cost.
const css = ClaimCard ? ClaimCard.elementStyles.map((s) => s.cssText).join('\n') : ':host{display:block}';
defineVanillaCard(css);
const claims = (await (await fetch('/bench/tmp/claims-1000.json')).json()).claims;

/** After the next frame's style, layout and paint: a rAF, then a task. */
const nextFrame = () =>
  new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
  });

window.render = {
  ready: Boolean(ClaimCard),
  cssChars: css.length,
  async run(kind) {
    const tag = kind === 'claimCards' ? 'claim-card' : 'vanilla-claim-card';
    const host = document.getElementById('host');
    const t0 = performance.now();
    const elements = new Array(claims.length);
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < claims.length; i++) {
      const el = document.createElement(tag);
      el.claim = claims[i];
      fragment.append(el);
      elements[i] = el;
    }
    host.append(fragment);
    if (kind === 'claimCards') await Promise.all(elements.map((el) => el.updateComplete));
    const populatedMs = performance.now() - t0;
    await nextFrame();
    const frameMs = performance.now() - t0;
    // Every card must show its own statement, or the timing means nothing.
    const rendered = elements.filter((el, i) => el.shadowRoot?.querySelector('blockquote p')?.textContent === claims[i].statement).length;
    const shadowElements = elements.reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('*').length ?? 0), 0);
    return { populatedMs, frameMs, rendered, shadowElements };
  },
};
