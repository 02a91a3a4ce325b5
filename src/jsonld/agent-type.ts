/**
 * Person or Organization for a claimant: the claim format has no "kind" of claimant,
 * Google's markup wants one. Words that name institutions decide; everyone else is a
 * person, the usual case for a quoted claim ("A Russian official"). English plus the
 * languages the elements ship strings for (Russian, Korean, Arabic).
 */
const INSTITUTION =
  /\b(ministry|department|agency|government|embassy|council|committee|parliament|party|office|kremlin|news|times|journal|tv|inc|ltd|university|institute|foundation|association|union)\b|министерств|правительств|посольств|агентств|정부|외교부|وزارة|حكومة/i;

/** A person described by their role ("a government official", "a ministry spokesperson"). */
const ROLE =
  /\b(official|spokes(person|man|woman)|minister|ambassador|president|secretary|adviser|advisor|director|chief|officer|diplomat|envoy|senator|deputy|governor|mayor)s?\b|представител|министр|посол|чиновник|대변인|장관|대사|관계자|متحدث|وزير|سفير|مسؤول/i;

/** `'Organization'` when the name reads like an institution, else `'Person'`. A role wins over an institution word. */
export function agentType(name: string): 'Person' | 'Organization' {
  return !ROLE.test(name) && INSTITUTION.test(name) ? 'Organization' : 'Person';
}
