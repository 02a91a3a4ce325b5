/**
 * Person or Organization for a claimant: the claim format has no "kind" of claimant,
 * Google's markup wants one. Words that name institutions decide; everyone else is a
 * person, the usual case for a quoted claim ("A Russian official"). English plus the
 * languages the elements ship strings for (Russian, Korean, Arabic).
 */
const INSTITUTION =
  /\b(ministry|department|agency|government|embassy|council|committee|parliament|party|office|kremlin|news|times|journal|tv|inc|ltd|university|institute|foundation|association|union)\b|министерств|правительств|посольств|агентств|정부|외교부|وزارة|حكومة/i;

/** `'Organization'` when the name reads like an institution, else `'Person'`. */
export function agentType(name: string): 'Person' | 'Organization' {
  return INSTITUTION.test(name) ? 'Organization' : 'Person';
}
