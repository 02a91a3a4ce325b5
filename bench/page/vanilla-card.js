// The hand-written baseline for the rendering benchmark: a custom element that clones one
// <template> into its shadow root and fills it with textContent/setAttribute, sharing one
// constructed stylesheet. Same markup as <claim-card>'s full variant (32 elements), the
// same CSS text (passed in, so style costs are equal), dates formatted with one cached
// Intl.DateTimeFormat. It does not validate the claim: claim-cards does (zod/mini) on every card.
const template = document.createElement('template');
template.innerHTML = `<article part="base" class="card">
<div class="head"><span class="kicker" aria-hidden="true">Fact check</span>
<p part="verdict" class="verdict"><span class="visually-hidden">Verdict:</span> <span class="badge"><span class="icon" aria-hidden="true"></span></span>
<span class="scale" role="img"><span class="pip"></span><span class="pip"></span><span class="pip"></span><span class="pip"></span><span class="pip"></span></span></p></div>
<blockquote part="statement"><p data-f="statement"></p></blockquote>
<p class="meta" part="claimant"><a rel="noopener noreferrer" data-f="claimant"></a><time part="date" data-f="date"></time></p>
<p class="meta" part="source"><span class="label">Source:</span> <a rel="noopener noreferrer" data-f="source"></a><time data-f="source-date"></time></p>
<div class="counter" part="counter-claim"><span class="label">Counter-claim:</span><p data-f="counter"></p>
<p class="meta" part="counter-source"><span class="label">Source:</span> <a rel="noopener noreferrer" data-f="counter-source"></a><time data-f="counter-date"></time></p></div>
<p class="review" part="review"><a rel="noopener noreferrer" data-f="review">Read the full fact-check</a> <span class="meta" data-f="review-by"></span></p>
</article>`;

const ICONS = { false: '✗', misleading: '!', mixed: '≈', true: '✓', unrated: '?' };
const dates = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
const safe = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);
const tone = (v) => (v?.rating === undefined ? 'unrated' : v.rating <= 1 ? 'false' : v.rating === 2 ? 'misleading' : v.rating === 3 ? 'mixed' : 'true');

let sheet;
export function defineVanillaCard(cssText) {
  sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  customElements.define(
    'vanilla-claim-card',
    class extends HTMLElement {
      #claim;
      set claim(value) {
        this.#claim = value;
        if (this.isConnected) this.#render();
      }
      get claim() {
        return this.#claim;
      }
      connectedCallback() {
        if (this.#claim) this.#render();
      }
      #render() {
        const c = this.#claim;
        const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
        root.adoptedStyleSheets = [sheet];
        const dom = template.content.cloneNode(true);
        const f = {};
        for (const el of dom.querySelectorAll('[data-f]')) f[el.dataset.f] = el;
        const link = (a, url, text) => {
          const href = safe(url);
          if (href) a.href = href;
          if (text !== undefined) a.textContent = text;
        };
        const time = (el, value) => {
          if (!value) return el.remove();
          el.dateTime = value;
          el.textContent = dates.format(new Date(value));
        };
        const t = tone(c.verdict);
        const article = dom.firstElementChild;
        article.classList.add(`tone-${t}`);
        article.setAttribute('aria-label', `Fact check: Claim by ${c.claimant?.name ?? ''}`);
        const badge = dom.querySelector('.badge');
        badge.firstChild.textContent = ICONS[t];
        badge.append(c.verdict?.label ?? '');
        const scale = dom.querySelector('.scale');
        if (c.verdict?.rating === undefined) scale.remove();
        else {
          scale.setAttribute('aria-label', `Rated ${c.verdict.rating} on a scale from 1 (worst) to 5 (best)`);
          [...scale.children].forEach((pip, i) => i < c.verdict.rating && pip.classList.add('on'));
        }
        f.statement.textContent = c.statement;
        // Plain text between the links and dates is written as text nodes, as in <claim-card>.
        link(f.claimant, c.claimant?.url, c.claimant?.name);
        f.claimant.after(c.claimant?.title ? `, ${c.claimant.title}, ` : ', ');
        time(f.date, c.date);
        link(f.source, c.source?.url, c.source?.title);
        f.source.after(c.source?.publisher ? `, ${c.source.publisher}, ` : ', ');
        time(f['source-date'], c.source?.date);
        f.counter.textContent = c.counterClaim?.statement ?? '';
        link(f['counter-source'], c.counterClaim?.source?.url, c.counterClaim?.source?.title);
        f['counter-source'].after(c.counterClaim?.source?.publisher ? `, ${c.counterClaim.source.publisher}, ` : ', ');
        time(f['counter-date'], c.counterClaim?.source?.date);
        link(f.review, c.review?.url);
        const by = [c.review?.publisher, c.review?.author].filter(Boolean).join(', ');
        f['review-by'].append(`Fact-check by ${by}, `);
        if (c.review?.date) {
          const t2 = document.createElement('time');
          time(t2, c.review.date);
          f['review-by'].append(t2);
        }
        root.replaceChildren(dom);
      }
    },
  );
}
