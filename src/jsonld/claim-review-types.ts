/**
 * The schema.org shapes {@link toClaimReview} writes: only the properties it sets, so
 * a consumer sees at a glance what claim-cards publishes. Readers accept far more.
 */

/** A person or organisation: who made a claim, who published a review or a source. */
export interface Agent {
  '@type': 'Person' | 'Organization';
  name: string;
  /** A person's role, e.g. "Russia's ambassador to North Korea". */
  jobTitle?: string;
  /** An organisation's role or description (schema.org has no jobTitle for organisations). */
  description?: string;
  /** A page that identifies the agent (Google: "URL indicating the claim author's identity"). */
  sameAs?: string;
}

/** Where a claim (or its counter-claim) was published. */
export interface Appearance {
  '@type': 'CreativeWork';
  url?: string;
  headline?: string;
  publisher?: Agent;
  datePublished?: string;
}

/** The claim under review, or the counter-claim cited as evidence. */
export interface ClaimNode {
  '@type': 'Claim';
  /** The counter-claim's words (the reviewed claim's words are `claimReviewed`). */
  text?: string;
  author?: Agent;
  datePublished?: string;
  appearance?: Appearance;
  firstAppearance?: Appearance;
}

/** The verdict. Numbers only when the claim has a numeric rating. */
export interface Rating {
  '@type': 'Rating';
  alternateName: string;
  ratingValue?: number;
  bestRating?: number;
  worstRating?: number;
  /** The counter-claim in words: schema.org's "context that led to the conclusion". */
  ratingExplanation?: string;
}

/** A schema.org ClaimReview as Google's fact-check guidelines describe it. */
export interface ClaimReview {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  /** The claim-cards id, so a round trip keeps it. */
  identifier: string;
  /** The page of the fact-check. */
  url?: string;
  claimReviewed: string;
  inLanguage?: string;
  datePublished?: string;
  /** The publisher of the fact-check (an Organization), or its writer when no publisher is known. */
  author?: Agent;
  /** The writer, when `author` holds the publisher. */
  creator?: Agent;
  reviewRating?: Rating;
  itemReviewed: ClaimNode;
  /** The counter-claim, as a cited Claim with its own date and appearance. */
  citation?: ClaimNode;
}
