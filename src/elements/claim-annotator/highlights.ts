/**
 * Painting with the CSS Custom Highlight API: the publisher's DOM is never touched.
 * One `Highlight` per verdict tone, shared by every annotator on the page (the registry
 * is global), plus one for the claim whose card is open. The `::highlight()` rules are
 * installed once, as a constructed stylesheet adopted by the document (allowed under a
 * strict CSP, unlike a `<style>` element). Styles hang off fixed names, never off JSON.
 */
import { TONE_ICONS, TONES, type VerdictTone } from '../../internal/verdict-tone.js';

const NAME = 'claim-cards-';
const INSTALLED = Symbol.for('claim-cards.highlight-styles');

/** `text-decoration` styles per tone: the verdict reads without colour, too. */
const LINES: Record<VerdictTone, string> = {
  false: 'wavy',
  misleading: 'dashed',
  mixed: 'dotted',
  true: 'solid',
  unrated: 'double',
};
const COLOURS: Record<VerdictTone, string> = {
  false: '179 38 30',
  misleading: '161 74 0',
  mixed: '107 90 0',
  true: '20 108 46',
  unrated: '74 79 89',
};

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && Boolean((CSS as { highlights?: unknown }).highlights) && typeof Highlight === 'function';
}

function rules(): string {
  const tones = TONES.map(
    (t) =>
      `::highlight(${NAME}${t}){background-color:var(--claim-highlight-${t},rgb(${COLOURS[t]} / .14));` +
      `text-decoration:underline ${LINES[t]} var(--claim-highlight-${t}-line,rgb(${COLOURS[t]}));}`,
  ).join('');
  const all = TONES.map((t) => `::highlight(${NAME}${t})`).join(',');
  return (
    tones +
    `::highlight(${NAME}active){background-color:var(--claim-highlight-active,rgb(11 87 208 / .28));}` +
    `@media (forced-colors:active){${all}{background-color:Mark;color:MarkText;}::highlight(${NAME}active){background-color:Highlight;color:HighlightText;}}` +
    // Opt-in inline markers live in the publisher's DOM, so their look is set here too.
    '.claim-cards-marker{all:unset;box-sizing:border-box;display:inline-flex;align-items:center;justify-content:center;' +
    'inline-size:24px;block-size:24px;margin-inline:2px;vertical-align:middle;border-radius:50%;cursor:pointer;' +
    'font:700 14px/1 system-ui,sans-serif;color:#fff;background:var(--claim-marker-background,#0b57d0);}' +
    '.claim-cards-marker::before{content:"?";}' +
    TONES.map((t) => `.claim-cards-marker[data-tone=${t}]::before{content:"${TONE_ICONS[t]}";}`).join('') +
    '.claim-cards-marker:focus-visible{outline:2px solid var(--claim-marker-background,#0b57d0);outline-offset:2px;}' +
    '@media (forced-colors:active){.claim-cards-marker{border:1px solid ButtonText;color:ButtonText;background:ButtonFace;}}'
  );
}

function install(doc: Document): void {
  const marked = doc as Document & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules());
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

function highlight(name: string): Highlight {
  let found = CSS.highlights.get(NAME + name);
  if (!found) {
    found = new Highlight();
    if (name === 'active') found.priority = 1;
    CSS.highlights.set(NAME + name, found);
  }
  return found;
}

/** Paints `range` in the look of `tone`. No-op where the API is missing (index-only mode). */
export function paint(range: Range, tone: VerdictTone, doc: Document): void {
  if (!highlightsSupported()) return;
  install(doc);
  highlight(tone).add(range);
}

export function unpaint(range: Range, tone: VerdictTone): void {
  if (highlightsSupported()) highlight(tone).delete(range);
}

/** Marks the passage of the open card; `null` clears it. */
export function setActive(range: Range | null, previous: Range | null): void {
  if (!highlightsSupported()) return;
  const active = highlight('active');
  if (previous) active.delete(previous);
  if (range) active.add(range);
}

/** Installs the document styles without painting (markers need them in index-only mode). */
export function installStyles(doc: Document): void {
  install(doc);
}

