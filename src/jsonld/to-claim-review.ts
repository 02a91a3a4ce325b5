import type { Claim, Claimant, ClaimSource, Verdict } from '../schema/claim-schema.js';
import { agentType } from './agent-type.js';
import type { Agent, Appearance, ClaimNode, ClaimReview, Rating } from './claim-review-types.js';

export interface ToClaimReviewOptions {
  /**
   * The fact-check page's URL, used when the claim has no `review.url` (for instance
   * the page a card sits on). The claim's own `review.url` wins: it names the review.
   */
  url?: string;
}

/** Drops `undefined` members, so the object is what `JSON.stringify` would print. */
function defined<T extends object>(object: T): T {
  for (const key of Object.keys(object) as (keyof T)[]) if (object[key] === undefined) delete object[key];
  return object;
}

const organization = (name: string): Agent => ({ '@type': 'Organization', name });

function claimantAgent({ name, title, url }: Claimant): Agent {
  const type = agentType(name);
  return defined({
    '@type': type,
    name,
    // schema.org gives only persons a jobTitle; an institution's role is its description.
    [type === 'Person' ? 'jobTitle' : 'description']: title,
    sameAs: url,
  });
}

function appearance({ url, title, publisher, date }: ClaimSource): Appearance {
  return defined({
    '@type': 'CreativeWork',
    url,
    headline: title,
    publisher: publisher === undefined ? undefined : organization(publisher),
    datePublished: date,
  });
}

/**
 * The scale Google accepts: worstRating 1 or more. A claim may count from 0 (or below);
 * the whole scale then moves up so the rating keeps its place on it (0 of 0–4 is
 * written 1 of 1–5). Dropping the numbers would lose the verdict's position; keeping
 * them would get the markup rejected. {@link claimReviewWarnings} says when this happens.
 */
export function googleScale({ rating, best = 5, worst = 1 }: Verdict) {
  const shift = worst < 1 ? 1 - worst : 0;
  return rating === undefined ? undefined : { rating: rating + shift, best: best + shift, worst: worst + shift, shift };
}

function reviewRating(verdict: Verdict, explanation: string | undefined): Rating {
  const scale = googleScale(verdict);
  return defined({
    '@type': 'Rating',
    alternateName: verdict.label,
    ratingValue: scale?.rating,
    bestRating: scale?.best,
    worstRating: scale?.worst,
    ratingExplanation: explanation,
  });
}

/**
 * The claim as a schema.org ClaimReview, following Google's fact-check guidelines.
 * What it cannot carry: `quote` (a position in the host article, not part of the
 * review), `best`/`worst` of a verdict without a `rating`, and the exact numbers of a
 * scale starting below 1 (moved up, see {@link googleScale}). The counter-claim is
 * written twice on purpose: as `reviewRating.ratingExplanation` for consumers that
 * know schema.org's fact-check terms, and as a cited `Claim` that keeps its date and
 * source. Check the result against Google's rules with {@link claimReviewWarnings}.
 */
export function toClaimReview(claim: Claim, options: ToClaimReviewOptions = {}): ClaimReview {
  const { review = {}, verdict, claimant, source, counterClaim: counter } = claim;
  // Google wants the fact-checker as author; the writer then goes to `creator`.
  const writer = review.author === undefined ? undefined : { '@type': 'Person' as const, name: review.author };
  return defined({
    '@context': 'https://schema.org' as const,
    '@type': 'ClaimReview' as const,
    identifier: claim.id,
    url: review.url ?? options.url,
    claimReviewed: claim.statement,
    inLanguage: claim.lang,
    datePublished: review.date,
    author: review.publisher === undefined ? writer : organization(review.publisher),
    creator: review.publisher === undefined ? undefined : writer,
    reviewRating: verdict && reviewRating(verdict, counter?.statement),
    itemReviewed: defined<ClaimNode>({
      '@type': 'Claim',
      author: claimant && claimantAgent(claimant),
      datePublished: claim.date,
      // One source, the place the claim was made: the first appearance by definition.
      appearance: source && appearance(source),
      firstAppearance: source && appearance(source),
    }),
    citation:
      counter &&
      defined<ClaimNode>({
        '@type': 'Claim',
        text: counter.statement,
        datePublished: counter.date,
        appearance: counter.source && appearance(counter.source),
      }),
  });
}
