// The German labels the home page registers, as a publisher would: every key of the
// English table, in German. Keys left out would fall back to English.
export const GERMAN = {
  factCheck: 'Faktencheck',
  claim: 'Behauptung',
  claimBy: 'Behauptung von {name}',
  counterClaim: 'Gegendarstellung',
  source: 'Quelle',
  verdict: 'Bewertung',
  rating: 'Bewertet mit {rating} auf einer Skala von {worst} (am schlechtesten) bis {best} (am besten)',
  review: 'Den ganzen Faktencheck lesen',
  reviewBy: 'Faktencheck: {name}',
  published: 'Veröffentlicht am {date}',
  newTab: '(öffnet in einem neuen Tab)',
  loading: 'Faktencheck wird geladen…',
  unavailable: 'Dieser Faktencheck ist nicht verfügbar.',
  errorDetails: 'Details für die Redaktion ({count})',
  claimsInArticle: 'Geprüfte Behauptungen in diesem Artikel ({count})',
  notFound: 'Nicht im Text gefunden',
  close: 'Schließen',
  showCard: 'Faktencheck zeigen',
  claims: '{count} Behauptungen',
  noClaims: 'Keine passenden Behauptungen.',
  search: 'Behauptungen durchsuchen',
  filterVerdict: 'Bewertung',
  allVerdicts: 'Alle Bewertungen',
  sortBy: 'Sortieren nach',
  sortDate: 'Neueste zuerst',
  sortDateOld: 'Älteste zuerst',
  sortVerdict: 'Bewertung',
  showMore: 'Mehr zeigen (noch {count})',
  showing: '{shown} von {total} Behauptungen',
  loadingClaims: 'Faktenchecks werden geladen…',
  claimsUnavailable: 'Diese Faktenchecks sind nicht verfügbar.',
  select: 'Auswählen',
  falseVerdict: 'Falsch',
  misleadingVerdict: 'Irreführend',
  mixedVerdict: 'Teilweise richtig',
  trueVerdict: 'Richtig',
  unratedVerdict: 'Sonstiges oder ohne Bewertung',
};

/** The code a publisher would write to register these strings, shown on the page. */
export function germanExample() {
  const lines = Object.entries(GERMAN).map(([key, value]) => `  ${key}: ${JSON.stringify(value).replace(/^"|"$/g, "'")},`);
  return [
    "import { registerStrings } from 'https://cdn.jsdelivr.net/npm/claim-cards/dist/cdn/claim-cards.js';",
    '',
    "registerStrings('de', {",
    ...lines,
    '});',
    '',
    '// Then, anywhere on the page:',
    '// <article lang="de"> … <claim-card src="/fact-checks/claims.json" claim-id="…"></claim-card> … </article>',
  ].join('\n');
}
