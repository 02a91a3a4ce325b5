// Sentence templates for the generated report. Each call draws every slot from the seeded
// source, so the text reads like news prose and spans of eight words rarely repeat.
import * as W from './words.mjs';

const { NBSP } = W;
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function person(r) {
  const kind = r.next();
  if (kind < 0.45) return `${r.pick(W.RUSSIAN_FIRST)} ${r.pick(W.RUSSIAN_LAST)}`;
  if (kind < 0.85) {
    const given = `${r.pick(W.KOREAN_GIVEN)}-${r.pick(W.KOREAN_GIVEN).toLowerCase()}`;
    return `${r.pick(W.KOREAN_FAMILY)} ${given}`;
  }
  return r.pick(W.OTHER_NAMES);
}

function who(r) {
  const k = r.next();
  if (k < 0.5) return `${person(r)}, ${r.pick(W.ROLES)},`;
  if (k < 0.8) return cap(r.pick(W.ORGS));
  return `Mr${r.chance(0.5) ? '.' : ''} ${r.pick(W.KOREAN_FAMILY)}`;
}

const year = (r) => String(r.int(2009, 2024));
const day = (r) => `${r.int(1, 28)}${NBSP}${r.pick(W.MONTHS)}`;
const count = (r) => (r.chance(0.5) ? thousands(r.int(120, 48000)) : String(r.int(12, 950)));
const pct = (r) => `${r.int(3, 92)}${NBSP}per cent`;
const money = (r) => `$${r.int(1, 90)}.${r.int(1, 9)}${NBSP}million`;

function clause(r) {
  switch (r.int(0, 11)) {
    case 0:
      return `${count(r)} ${r.pick(W.WORKERS)} had arrived in ${r.pick(W.PLACES)} since ${r.pick(W.MONTHS)} ${year(r)}`;
    case 1:
      return `no new ${r.pick(W.PERMITS)} had been issued to North Korean citizens since ${year(r)}`;
    case 2:
      return `the ${r.pick(W.WORKERS)} were employed by ${r.pick(W.COMPANIES)} under contracts signed in ${year(r)}`;
    case 3:
      return `${r.pick(W.ORGS)} had ${r.pick(W.VERBS_PAST)} ${count(r)} ${r.pick(W.SITES)} in ${r.pick(W.PLACES)} during ${r.pick(W.MONTHS)}`;
    case 4:
      return `the men’s wages, about ${pct(r)} of what a local ${r.pick(W.WORKERS).replace(/s$/, '')} earns, went to a ${r.pick(W.ADJ)} account in ${r.pick(W.PLACES)}`;
    case 5:
      return `diplomats had carried cash worth ${money(r)} across the border in ${r.pick(W.MONTHS)}`;
    case 6:
      return `sanctions had not stopped the flow of ${r.pick(W.WORKERS)} to ${r.pick(W.PLACES)} and ${r.pick(W.PLACES)}`;
    case 7:
      return `the ${r.pick(W.ADJ)} ${r.pick(W.NOUNS)} in ${r.pick(W.PLACES)} was ${r.pick(W.VERBS_PAST)} by ${r.pick(W.ORGS)} on ${day(r)}`;
    case 8:
      return `the number of ${r.pick(W.PERMITS)} fell by ${pct(r)} between ${year(r)} and ${year(r)}`;
    case 9:
      return `men who arrived on ${r.pick(W.VISA_KINDS)} visas worked ${r.int(10, 16)} hours a day on ${r.pick(W.SITES)} ${r.pick(W.PREP_PHRASES)}`;
    case 10:
      return `the company’s ${r.pick(W.NOUNS)} listed ${count(r)} employees but none of them by name`;
    default:
      return `${r.pick(W.ORGS)} didn’t know how many ${r.pick(W.WORKERS)} were still in ${r.pick(W.PLACES)}`;
  }
}

function direct(r) {
  switch (r.int(0, 7)) {
    case 0:
      return `We have not issued a single permit since ${year(r)}`;
    case 1:
      return `There are no North Korean ${r.pick(W.WORKERS)} in ${r.pick(W.PLACES)}, none at all`;
    case 2:
      return `They work from dawn until midnight and they don’t see the money`;
    case 3:
      return `Everyone on the ${r.pick(W.ADJ)} ${r.pick(W.NOUNS)} knew who the ${r.pick(W.WORKERS)} were`;
    case 4:
      return `The figures from ${r.pick(W.ORGS)} simply don’t add up`;
    case 5:
      return `It’s the same men, the same ${r.pick(W.SITES)}, just a different kind of visa`;
    case 6:
      return `Our inspectors ${r.pick(W.VERBS_PAST)} every ${r.pick(W.NOUNS)} in ${r.pick(W.PLACES)} and found nothing`;
    default:
      return `Nobody asks where the ${r.pick(W.WORKERS)} sleep or who pays them`;
  }
}

/** One sentence of the report, 10 to about 45 words. */
export function sentence(r) {
  switch (r.int(0, 11)) {
    case 0:
    case 1:
      return `${who(r)} ${r.pick(W.SAY)} that ${clause(r)}.`;
    case 2:
      return `“${direct(r)},” ${r.pick(W.SAY_SHORT)} ${person(r)}, ${r.pick(W.ROLES)}.`;
    case 3:
      return `According to ${r.pick(W.ORGS)}’s figures, ${count(r)} ${r.pick(W.PERMITS)} were issued in ${r.pick(W.PLACES)} in ${year(r)}, compared with ${count(r)} a year earlier.`;
    case 4:
      return `${r.pick(W.ADVERBIALS)}, ${r.pick(W.ORGS)} ${r.pick(W.VERBS_PAST)} a ${r.pick(W.ADJ)} ${r.pick(W.NOUNS)} ${r.pick(W.PREP_PHRASES)}, where ${clause(r)}.`;
    case 5:
      return `${cap(r.pick(W.ORGS))} did not respond to a request for comment ${r.chance(0.5) ? 'by the time of publication' : `sent on ${day(r)}`}.`;
    case 6:
      return `${r.pick(W.PLACES)}’s ${r.pick(['construction', 'logging', 'fishing', 'farming', 'textile'])} industry relied on foreign labour for about ${pct(r)} of its workforce, ${person(r)} ${r.pick(W.SAY)}.`;
    case 7:
      return `${cap(clause(r))} — ${clause(r)}.`;
    case 8:
      return `Many of the men arrived on so-called ‘${r.pick(W.VISA_KINDS)} visas’, which ${r.pick(['do not', 'did not', 'should not'])} allow paid work, ${r.pick(['according to', 'as confirmed by', 'in the view of'])} ${r.pick(W.ORGS)}.`;
    case 9:
      return `On ${day(r)} ${year(r)}, ${r.pick(W.ORGS)} ${r.pick(W.VERBS_PAST)} a ${r.pick(W.NOUNS)} from ${r.pick(W.COMPANIES)}, and ${clause(r)}.`;
    case 10:
      return `The ${r.pick(W.NOUNS)} was worth about ${money(r)}, according to documents seen by ${r.pick(W.SOURCES)}, and ${clause(r)}.`;
    default:
      return `${r.pick(W.ADVERBIALS)}, ${person(r)} ${r.pick(W.SAY)} that ${clause(r)}, and that ${clause(r)}.`;
  }
}

export function headline(r) {
  switch (r.int(0, 4)) {
    case 0:
      return `${r.pick(W.PLACES)}: the ${r.pick(W.ADJ)} ${r.pick(W.SITES)}`;
    case 1:
      return `What ${r.pick(W.ORGS)} knew`;
    case 2:
      return `The ${r.pick(W.NOUNS)} from ${r.pick(W.PLACES)}`;
    case 3:
      return `‘${r.pick(W.VISA_KINDS)}’ visas, ${r.pick(W.ADJ)} work`;
    default:
      return `Money, ${r.pick(W.SITES)} and ${r.pick(W.PERMITS)}`;
  }
}

export function listItem(r) {
  return `${cap(clause(r))}.`;
}

export function caption(r) {
  return `A ${r.pick(W.ADJ)} ${r.pick(W.NOUNS)} ${r.pick(W.PREP_PHRASES)} in ${r.pick(W.PLACES)}. Photo: ${r.pick(W.SOURCES)}`;
}

export function relatedTitle(r) {
  return `${cap(r.pick(W.ORGS))} ${r.pick(['questions', 'reviews', 'defends', 'changes'])} ${r.pick(W.PERMITS)} in ${r.pick(W.PLACES)}`;
}
