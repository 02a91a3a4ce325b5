// The gallery of card variants, shared by the home page and the theme builder. Cards
// are built with DOM calls from the claim files in data/ (each file is fetched once,
// however many cards use it).

const GROUPS = [
  {
    id: 'verdicts',
    title: 'Every verdict',
    note: 'Five tones, each with its own colour, icon and word, so none relies on colour alone. Shown compact.',
    cards: [
      { src: 'data/permits.json', id: 'no-new-permits', variant: 'compact', tone: 'False', detail: 'rated 1 of 5' },
      { src: 'data/accord.json', id: 'not-a-violation', variant: 'compact', tone: 'Misleading', detail: 'rated 2 of 5' },
      { src: 'data/permits.json', id: 'old-contracts', variant: 'compact', tone: 'Mixed', detail: '“Partly true”, 3 of 5' },
      { src: 'data/accord.json', id: 'fifty-thousand', variant: 'compact', tone: 'True', detail: '“Mostly true”, 4 of 5' },
      { src: 'data/accord.json', id: 'ordinary-lives', variant: 'compact', tone: 'Unrated', detail: '“Opinion, not rated”, no scale' },
    ],
  },
  {
    id: 'variants',
    title: 'Full and compact',
    note: 'The full card shows where the claim appeared and what contradicts it; compact keeps the claim, the verdict and the review link.',
    cards: [
      { src: 'data/couriers.json', id: 'diplomat-couriers', tone: 'Full', detail: 'the default' },
      { src: 'data/couriers.json', id: 'diplomat-couriers', variant: 'compact', tone: 'Compact', detail: 'variant="compact"' },
    ],
  },
  {
    id: 'themes',
    title: 'Light and dark',
    note: 'Without a theme attribute a card follows the reader’s system setting; these two are fixed.',
    cards: [
      { src: 'data/couriers.json', id: 'remit-earnings', theme: 'light', tone: 'Light', detail: 'theme="light"' },
      { src: 'data/couriers.json', id: 'remit-earnings', theme: 'dark', tone: 'Dark', detail: 'theme="dark"' },
    ],
  },
  {
    id: 'languages',
    title: 'Each shipped language, and right to left',
    note: 'Claims written in each language, with lang on the card. Arabic mirrors the layout (dir="rtl").',
    cards: [
      { src: 'data/permits.json', id: 'no-new-permits', lang: 'en', tone: 'English', detail: 'lang="en"' },
      { src: 'data/languages.json', id: 'no-new-permits-ru', lang: 'ru', tone: 'Russian', detail: 'lang="ru"' },
      { src: 'data/languages.json', id: 'no-new-permits-ko', lang: 'ko', tone: 'Korean', detail: 'lang="ko"' },
      { src: 'data/languages.json', id: 'no-new-permits-ar', lang: 'ar', dir: 'rtl', tone: 'Arabic', detail: 'lang="ar" dir="rtl"' },
      {
        src: 'data/languages.json',
        id: 'no-new-permits-ar',
        lang: 'ar',
        dir: 'rtl',
        theme: 'dark',
        variant: 'compact',
        tone: 'Arabic, dark, compact',
        detail: 'right to left in the dark theme',
      },
    ],
  },
];

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Fills `container` with the gallery: one group per heading, one figure per card. */
export function buildGallery(container, { headingLevel = 3 } = {}) {
  const groups = GROUPS.map((group) => {
    const heading = element(`h${headingLevel}`, { id: `gallery-${group.id}` }, group.title);
    const grid = element('div', { class: 'gallery-grid' });
    for (const spec of group.cards) {
      const card = element('claim-card', {
        src: spec.src,
        'claim-id': spec.id,
        variant: spec.variant,
        theme: spec.theme,
        lang: spec.lang,
        dir: spec.dir,
        'data-fixed-theme': spec.theme ? '' : undefined,
      });
      const caption = element('figcaption', {}, element('strong', {}, spec.tone), ` · ${spec.detail}`);
      grid.append(element('figure', { 'data-gallery': group.id }, caption, card));
    }
    return element(
      'section',
      { class: 'gallery-group', 'aria-labelledby': heading.id },
      heading,
      element('p', { class: 'hint' }, group.note),
      grid,
    );
  });
  container.replaceChildren(...groups);
}

/**
 * Sets the language of everything inside `container` that has none of its own, the way
 * a publisher would (on a container), then re-inserts those cards: elements read their
 * ancestors' `lang` when they are connected.
 */
export function setContainerLanguage(container, lang) {
  container.setAttribute('lang', lang);
  if (lang === 'ar') container.setAttribute('dir', 'rtl');
  else container.removeAttribute('dir');
  for (const card of container.querySelectorAll('claim-card:not([lang]), claim-list:not([lang]), claim-annotator:not([lang])')) {
    card.parentNode.insertBefore(card, card.nextSibling);
  }
}

/** Sets or clears `theme` on every element in `root` whose theme is not fixed. */
export function setTheme(root, theme) {
  for (const el of root.querySelectorAll('claim-card:not([data-fixed-theme]), claim-annotator, claim-list')) {
    if (theme) el.setAttribute('theme', theme);
    else el.removeAttribute('theme');
  }
}
