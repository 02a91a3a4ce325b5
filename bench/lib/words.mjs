// Vocabulary for the generated article: a long news report on North Korean labour in
// Russia (the story the library is built for). Sentences come from templates with many
// slots, so every quoted span of eight or more words is unique in the page. Typography is
// the publisher's: curly quotes and apostrophes, em dashes, no-break spaces before units.
export const NBSP = '\u00a0';

export const PLACES = [
  'Vladivostok', 'Khabarovsk', 'Nakhodka', 'Ussuriysk', 'Blagoveshchensk', 'Yakutsk', 'Irkutsk',
  'Novosibirsk', 'Kazan', 'Moscow', 'St Petersburg', 'Tomsk', 'Krasnoyarsk', 'Magadan',
  'Komsomolsk-on-Amur', 'Birobidzhan', 'Artyom', 'Partizansk', 'Yuzhno-Sakhalinsk', 'Chita',
  'Rason', 'Sinuiju', 'Chongjin', 'Pyongyang', 'Dandong', 'Hunchun', 'Tumangang', 'Ulan-Ude',
];

export const KOREAN_FAMILY = ['Kim', 'Ri', 'Pak', 'Choe', 'Jang', 'Han', 'O', 'Ryu', 'Kang', 'Jon', 'Hwang', 'Mun', 'Sin', 'Yun', 'Ho'];
export const KOREAN_GIVEN = ['Chol', 'Song', 'Myong', 'Yong', 'Il', 'Hyok', 'Su', 'Nam', 'Ho', 'Jin', 'Gwang', 'Un', 'Chun', 'Sok', 'Hui', 'Ok'];
export const RUSSIAN_FIRST = [
  'Olga', 'Sergei', 'Anna', 'Dmitri', 'Yuri', 'Natalia', 'Igor', 'Elena', 'Pavel', 'Irina', 'Andrei',
  'Svetlana', 'Mikhail', 'Tatiana', 'Viktor', 'Ksenia', 'Alexei', 'Marina', 'Nikolai', 'Vera',
];
export const RUSSIAN_LAST = [
  'Vasilyeva', 'Lavrentiev', 'Petrova', 'Sokolov', 'Kovalenko', 'Orlova', 'Morozov', 'Belova',
  'Fedorov', 'Zaitseva', 'Volkov', 'Lebedeva', 'Kuznetsov', 'Popova', 'Smirnov', 'Gromova',
  'Tikhonov', 'Egorova', 'Bondarenko', 'Nikitina',
];
export const OTHER_NAMES = [
  'Laura Bennett', 'James Whitaker', 'Hannah Moreau', 'Daniel Okafor', 'Sophie Lindqvist',
  'Marcus Feld', 'Ines Carvalho', 'Tomas Novak', 'Grace Adeyemi', 'Peter Halloran',
];

export const ROLES = [
  'a spokeswoman for the migration service', 'the deputy labour minister',
  'a former diplomat who served in Pyongyang', 'a researcher at a Seoul institute',
  'the regional governor', 'an official at the regional labour inspectorate',
  'a lawyer who represents construction firms', 'a member of the UN panel of experts',
  'a foreman at a Vladivostok building site', 'an economist at the Higher School of Economics',
  'a customs officer in Khabarovsk', 'the head of a recruitment agency',
  'a defector who worked at a logging camp', 'a sanctions investigator',
  'a spokesman for the foreign ministry', 'a port official in Nakhodka',
];

export const ORGS = [
  'the Ministry of Internal Affairs', 'the UN panel of experts', 'the migration service',
  'the labour ministry', 'the Security Council’s sanctions committee', 'the customs service',
  'the regional prosecutor’s office', 'the Federal Security Service', 'the statistics agency',
  'the embassy in Moscow', 'the Primorye regional government', 'the border guard service',
  'a parliamentary committee', 'the Khabarovsk labour inspectorate', 'the tax service',
];

export const COMPANIES = [
  'a construction company in Khabarovsk', 'a state-owned shipyard', 'a logging cooperative',
  'a road-building contractor', 'a seafood processing plant', 'a housing developer',
  'a textile workshop', 'a farm cooperative near Ussuriysk', 'a subcontractor of the city council',
  'a firm registered in Hong Kong', 'a private clinic', 'a sewing factory in Moscow',
];

export const WORKERS = ['workers', 'labourers', 'construction workers', 'builders', 'seasonal workers', 'loggers', 'welders', 'painters', 'plasterers', 'fishermen'];
export const PERMITS = ['work permits', 'labour permits', 'residence permits', 'work visas', 'entry visas', 'quota certificates'];
export const VISA_KINDS = ['student', 'tourist', 'trainee', 'business', 'private'];
export const SITES = ['building sites', 'logging camps', 'dormitories', 'shipyards', 'farms', 'workshops', 'warehouses', 'apartment blocks'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const SAY = ['said', 'told reporters', 'wrote', 'claimed', 'insisted', 'maintained', 'acknowledged', 'argued', 'noted', 'told a briefing'];
export const SAY_SHORT = ['said', 'says', 'added', 'insisted', 'recalled', 'explained', 'wrote'];

export const ADVERBIALS = [
  'Last year', 'Since then', 'In the spring', 'By the end of the decade', 'Two years later',
  'For months', 'At the time', 'Over the summer', 'In practice', 'On paper', 'Even so',
  'Behind closed doors', 'Within weeks', 'In the same period', 'Before the sanctions',
  'After the resolution passed', 'In recent months', 'Until recently',
];

export const ADJ = [
  'unfinished', 'crowded', 'remote', 'state-owned', 'private', 'half-empty', 'newly built',
  'temporary', 'unmarked', 'fenced', 'municipal', 'coastal', 'run-down', 'modest', 'busy',
  'quiet', 'official', 'informal', 'unregistered', 'local', 'former', 'seasonal',
];

export const NOUNS = [
  'dormitory', 'building', 'project', 'contract', 'payment', 'inspection', 'report', 'document',
  'shipment', 'account', 'warehouse', 'factory', 'agreement', 'invoice', 'quota', 'register',
  'ledger', 'statement', 'delegation', 'visit', 'investigation', 'complaint', 'hearing', 'audit',
];

export const VERBS_PAST = [
  'inspected', 'described', 'documented', 'photographed', 'visited', 'reviewed', 'questioned',
  'recorded', 'examined', 'counted', 'reported', 'traced', 'flagged', 'listed', 'registered',
  'challenged', 'cited', 'published', 'obtained', 'compared',
];

export const PREP_PHRASES = [
  'on the outskirts of the city', 'near the port', 'along the railway line', 'behind a wooden fence',
  'in the industrial district', 'across the river', 'at the edge of the forest', 'in the city centre',
  'next to the old market', 'on the road to the airport', 'in a former school building',
  'close to the border crossing', 'beside a half-built tower', 'in the basement of an office block',
];

/** Ordinary content words, used when an editor rewrites or retouches a sentence. */
export const FILLER_WORDS = [
  'several', 'dozens', 'officials', 'records', 'company', 'region', 'figures', 'numbers', 'contract',
  'reports', 'payments', 'border', 'foreign', 'nearly', 'roughly', 'almost', 'police', 'courts',
  'ministry', 'brokers', 'housing', 'permits', 'wages', 'agency', 'winter', 'summer', 'evening',
  'market', 'office', 'station', 'notice', 'letter', 'journal', 'sources', 'traders', 'drivers',
  'shifts', 'quietly', 'openly', 'formally', 'briefly', 'largely', 'cities', 'streets', 'projects',
  'details', 'accounts', 'claims', 'denials', 'answers', 'delays', 'changes', 'cases', 'rules',
];

export const SOURCES = [
  'Reuters', 'Kommersant', 'NK News', 'Novaya Gazeta', 'the Asahi Shimbun', 'Yonhap', 'RIA Novosti',
  'the Financial Times', 'Daily NK', 'Radio Free Asia', 'Vedomosti', 'the Korea Herald',
];

export const VERDICTS = [
  ['False', 1], ['Mostly false', 2], ['Misleading', 2], ['Missing context', 3], ['Half true', 3],
  ['Mostly true', 4], ['True', 5], ['Unproven', undefined],
];

/** Word swaps an editor makes without changing what a sentence claims. */
export const SYNONYMS = {
  said: 'stated', says: 'states', noted: 'observed', argued: 'contended', insisted: 'maintained',
  claimed: 'asserted', wrote: 'stated', acknowledged: 'admitted', about: 'around', nearly: 'almost',
  workers: 'labourers', labourers: 'workers', builders: 'workers', loggers: 'woodcutters',
  company: 'firm', firm: 'company', documents: 'papers', figures: 'data', issued: 'granted',
  employed: 'hired', carried: 'brought', across: 'over', during: 'in', request: 'query',
  allow: 'permit', remote: 'distant', crowded: 'packed', busy: 'bustling', modest: 'small',
  unfinished: 'incomplete', temporary: 'provisional', reviewed: 'examined', inspected: 'checked',
  visited: 'toured', recorded: 'logged', counted: 'tallied', listed: 'named', obtained: 'acquired',
  cash: 'money', men: 'workers', local: 'Russian', simply: 'just', every: 'each', found: 'saw',
};

