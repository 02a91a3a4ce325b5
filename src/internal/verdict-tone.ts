/**
 * Which of a fixed set of looks a verdict gets. Styles hang off these names, never off
 * the label text, so JSON cannot inject a class or a colour. The label itself is always
 * printed: the tone is a second signal, never the only one.
 */
import type { Verdict } from '../schema/claim-schema.js';

export const TONES = ['false', 'misleading', 'mixed', 'true', 'unrated'] as const;
export type VerdictTone = (typeof TONES)[number];

/** A glyph per tone, shown beside the label (never instead of it). */
export const TONE_ICONS: Record<VerdictTone, string> = {
  false: '✗',
  misleading: '!',
  mixed: '≈',
  true: '✓',
  unrated: '?',
};

/** Checked in order: the narrower phrases first, so "Mostly false" is not read as "false". */
const WORDS: [VerdictTone, RegExp][] = [
  ['mixed', /half[- ]true|mostly true|mixed|partly true|partially true|отчасти правда|в основном правда|대체로 사실|절반의 사실|صحيح جزئي/i],
  ['misleading', /mislead|mostly false|half|partly|partial|exaggerat|out of context|missing context|unproven|unsupported|unsubstantiated|lacks context|manipulat|вводит в заблуждение|манипул|преувелич|недоказ|오해|과장|근거 없|مضلل|مبالغ/i],
  // Negated positives ("Inaccurate", "Неверно", "사실 아님", "غير صحيح") are read here,
  // before the positive words they contain can give a false claim the look of a true one.
  ['false', /false|fake|pants on fire|incorrect|inaccurate|not (true|correct|accurate)|wrong|fabricat|hoax|untrue|неправда|неверн|не соответству|ложь|ложно|фейк|거짓|허위|아님|아니|كاذب|خطأ|زائف|مزيف|غير (صحيح|دقيق)/i],
  ['unrated', /unverified|unconfirmed|not (yet )?(verified|confirmed)|не подтвержд|미확인|غير مؤكد/i],
  ['true', /true|correct|accurate|verified|confirmed|правда|верно|사실|صحيح|دقيق/i],
];

export function verdictTone(verdict: Verdict | undefined): VerdictTone {
  if (!verdict) return 'unrated';
  const { rating } = verdict;
  if (rating !== undefined) {
    const best = verdict.best ?? 5;
    const worst = verdict.worst ?? 1;
    const at = (rating - worst) / (best - worst);
    if (at < 0.25) return 'false';
    if (at < 0.5) return 'misleading';
    if (at < 0.75) return 'mixed';
    return 'true';
  }
  for (const [tone, pattern] of WORDS) if (pattern.test(verdict.label)) return tone;
  return 'unrated';
}
