/**
 * The card's markup as pure functions of a validated claim: no element state, no DOM
 * access, so it renders the same on the server. Every piece of claim text goes through
 * a text binding; every link through `safeHref` once more, in case a caller skipped
 * validation.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Claim, ClaimSource, Verdict } from '../../schema/claim-schema.js';
import { formatDate } from '../../internal/format-date.js';
import { fill, fillParts, type Strings } from '../../internal/i18n/strings.js';
import { safeHref } from '../../internal/safe-url.js';
import { TONE_ICONS, verdictTone } from '../../internal/verdict-tone.js';

export interface CardContext {
  strings: Strings;
  /** Language for dates (the page's, canonicalised). */
  lang: string;
  /** Language of the claim text when it is not the surrounding one (claim.lang wins). */
  textLang?: string | undefined;
  /** `_blank` opens links in a new tab; anything else keeps them in the page. */
  linkTarget: string;
  variant: 'full' | 'compact';
}

/** Most steps drawn as dots; longer scales show the numbers alone. */
const MAX_PIPS = 10;

function link(url: string | undefined, text: string, ctx: CardContext, part?: string): TemplateResult | string {
  const href = safeHref(url);
  if (!href) return text;
  const blank = ctx.linkTarget === '_blank';
  return html`<a
    href=${href}
    part=${part ?? nothing}
    target=${blank ? '_blank' : nothing}
    rel="noopener noreferrer"
    >${text}${blank ? html`<span class="visually-hidden"> ${ctx.strings.newTab}</span>` : nothing}</a
  >`;
}

function time(value: string | undefined, ctx: CardContext, part?: string): TemplateResult | typeof nothing {
  if (!value) return nothing;
  return html`<time part=${part ?? nothing} datetime=${value}>${formatDate(value, ctx.lang)}</time>`;
}

const present = (piece: unknown) => piece !== undefined && piece !== nothing && piece !== '';

/**
 * Up to three pieces joined with commas, skipping the empty ones. One fixed template
 * rather than an array: a thousand cards render noticeably faster without per-item parts.
 */
function commas(a: unknown, b: unknown = nothing, c: unknown = nothing): TemplateResult {
  const [hasA, hasB, hasC] = [present(a), present(b), present(c)];
  return html`${hasA ? a : nothing}${hasA && hasB ? ', ' : nothing}${hasB ? b : nothing}${(hasA || hasB) && hasC ? ', ' : nothing}${hasC ? c : nothing}`;
}

function sourceLine(source: ClaimSource | undefined, ctx: CardContext, part: string): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const title = source.title ?? source.publisher ?? source.url ?? '';
  return html`<p class="meta" part=${part}>
    <span class="label">${ctx.strings.source}:</span>
    ${commas(link(source.url, title, ctx), source.title ? source.publisher : undefined, time(source.date, ctx))}
  </p>`;
}

function scale(verdict: Verdict, ctx: CardContext): TemplateResult | typeof nothing {
  if (verdict.rating === undefined) return nothing;
  const best = verdict.best ?? 5;
  const worst = verdict.worst ?? 1;
  const label = fill(ctx.strings.rating, { rating: verdict.rating, worst, best }, ctx.lang);
  const steps = best - worst + 1;
  if (steps > MAX_PIPS) {
    const numbers = fill('{rating} / {best}', { rating: verdict.rating, best }, ctx.lang);
    return html`<span class="meta">${numbers}<span class="visually-hidden"> (${label})</span></span>`;
  }
  const pips = [];
  for (let i = worst; i <= best; i++) pips.push(html`<span class=${i <= verdict.rating ? 'pip on' : 'pip'}></span>`);
  return html`<span class="scale" role="img" aria-label=${label}>${pips}</span>`;
}

export function verdictBlock(verdict: Verdict | undefined, ctx: CardContext): TemplateResult | typeof nothing {
  if (!verdict) return nothing;
  const tone = verdictTone(verdict);
  return html`<p class="verdict tone-${tone}" part="verdict">
    <span class="visually-hidden">${ctx.strings.verdict}:</span>
    <span class="badge"><span class="icon" aria-hidden="true">${TONE_ICONS[tone]}</span>${verdict.label}</span>
    ${scale(verdict, ctx)}
  </p>`;
}

/** The accessible name of a card: what it is and whose claim. */
export function cardName(claim: Claim, strings: Strings): string {
  const who = claim.claimant ? fill(strings.claimBy, { name: claim.claimant.name }) : strings.claim;
  return `${strings.factCheck}: ${who}`;
}

export function renderCard(claim: Claim, ctx: CardContext): TemplateResult {
  const { strings } = ctx;
  const full = ctx.variant !== 'compact';
  const tone = verdictTone(claim.verdict);
  const claimant = claim.claimant;
  const review = claim.review;
  const counter = claim.counterClaim;
  return html`<article part="base" class="card tone-${tone}" aria-label=${cardName(claim, strings)}>
    <div class="head">
      <span class="kicker" aria-hidden="true">${strings.factCheck}</span>
      ${verdictBlock(claim.verdict, ctx)}
    </div>
    <blockquote part="statement" cite=${safeHref(claim.source?.url) ?? nothing} lang=${claim.lang ?? ctx.textLang ?? nothing}>
      <p dir="auto">${claim.statement}</p>
    </blockquote>
    ${claimant || claim.date
      ? html`<p class="meta" part="claimant">
          ${commas(claimant ? link(claimant.url, claimant.name, ctx) : undefined, claimant?.title, time(claim.date, ctx, 'date'))}
        </p>`
      : nothing}
    ${full ? sourceLine(claim.source, ctx, 'source') : nothing}
    ${full && counter
      ? html`<div class="counter" part="counter-claim">
          <span class="label">${strings.counterClaim}:</span>
          <p dir="auto" lang=${claim.lang ?? ctx.textLang ?? nothing}>${counter.statement}</p>
          ${counter.source ? sourceLine(counter.source, ctx, 'counter-source') : nothing}
          ${counter.date && !counter.source?.date
            ? html`<p class="meta">${fillParts(strings.published, { date: time(counter.date, ctx) })}</p>`
            : nothing}
        </div>`
      : nothing}
    ${review && (review.url || review.publisher || review.author)
      ? html`<p class="review" part="review">
          ${review.url ? link(review.url, strings.review, ctx) : nothing}
          <span class="meta"
            >${commas(
              review.publisher || review.author
                ? fill(strings.reviewBy, { name: [review.publisher, review.author].filter(Boolean).join(', ') })
                : undefined,
              time(review.date, ctx),
            )}</span
          >
        </p>`
      : nothing}
  </article>`;
}
