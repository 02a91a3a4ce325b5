// The theme builder: controls → `--claim-*` custom properties → one stylesheet, applied
// to the page (as a constructed sheet, allowed under a strict CSP) and shown for copying.
import { copyButton } from './lib/copy.js';
import { buildGallery, setTheme } from './lib/gallery.js';
import { pressOne } from './lib/toggles.js';

const STORAGE_KEY = 'claim-cards-demo.theme.v1';
const $ = (id) => document.getElementById(id);

/** Colour properties: label, light default, dark default (the elements' own). */
const COLOURS = [
  ['--claim-background', 'Background', '#ffffff', '#17191d'],
  ['--claim-color', 'Text', '#1b1d21', '#e8eaee'],
  ['--claim-muted-color', 'Secondary text', '#565b66', '#b1b6c0'],
  ['--claim-border-color', 'Borders', '#c9ced8', '#474c56'],
  ['--claim-accent-color', 'Links', '#0b57d0', '#a8c7fa'],
  ['--claim-focus-color', 'Focus ring', '#0b57d0', '#a8c7fa'],
  ['--claim-quote-background', 'Behind the claim', '#f3f5f8', '#22252b'],
  ['--claim-verdict-false', 'Verdict: false', '#b3261e', '#ffb4ab'],
  ['--claim-verdict-misleading', 'Verdict: misleading', '#a14a00', '#ffb77c'],
  ['--claim-verdict-mixed', 'Verdict: mixed', '#6b5a00', '#e2c94a'],
  ['--claim-verdict-true', 'Verdict: true', '#146c2e', '#7fd895'],
  ['--claim-verdict-unrated', 'Verdict: unrated', '#4a4f59', '#c4c8d0'],
];

const PRESETS = {
  default: {},
  broadsheet: {
    '--claim-font-family': "Georgia, 'Times New Roman', serif",
    '--claim-radius': '0',
    '--claim-spacing': '1.1',
    '--claim-line-height': '1.55',
    'light:--claim-background': '#fffdf8',
    'light:--claim-border-color': '#d9d2c3',
    'light:--claim-quote-background': '#f5efe2',
    'light:--claim-accent-color': '#8a1538',
    'light:--claim-focus-color': '#8a1538',
    'dark:--claim-accent-color': '#f2a7bd',
    'dark:--claim-focus-color': '#f2a7bd',
  },
  night: {
    'dark:--claim-background': '#1e1b16',
    'dark:--claim-color': '#f1e9dc',
    'dark:--claim-muted-color': '#c9bda8',
    'dark:--claim-border-color': '#4d4538',
    'dark:--claim-accent-color': '#f0b35a',
    'dark:--claim-focus-color': '#f0b35a',
    'dark:--claim-quote-background': '#2a261f',
  },
  dense: {
    '--claim-font-size': '14',
    '--claim-line-height': '1.35',
    '--claim-spacing': '0.55',
    '--claim-radius': '0.25',
  },
  soft: {
    '--claim-font-size': '18',
    '--claim-radius': '1.25',
    '--claim-spacing': '1.25',
    'light:--claim-quote-background': '#eef3fb',
    'light:--claim-border-color': '#d6deea',
  },
};

// Build the colour controls.
function colourRow(mode, [prop, label, light, dark]) {
  const id = `${mode}${prop}`;
  const row = document.createElement('div');
  row.className = 'control-row';
  const labelEl = document.createElement('label');
  labelEl.htmlFor = id;
  const which = document.createElement('span');
  which.className = 'visually-hidden';
  which.textContent = `, ${mode} theme`;
  labelEl.append(label, which);
  const input = document.createElement('input');
  input.type = 'color';
  input.id = id;
  input.dataset.prop = prop;
  input.dataset.mode = mode;
  input.dataset.default = mode === 'light' ? light : dark;
  row.append(labelEl, input);
  return row;
}
for (const colour of COLOURS) {
  $('light-colours').append(colourRow('light', colour));
  $('dark-colours').append(colourRow('dark', colour));
}

const controls = [...document.querySelectorAll('#theme-form [data-prop]')];
const keyOf = (input) => (input.dataset.mode ? `${input.dataset.mode}:${input.dataset.prop}` : input.dataset.prop);
const defaultOf = (input) => input.dataset.default ?? '';

/** Current settings, as `key → value` for everything that differs from the default. */
function readControls() {
  const values = {};
  for (const input of controls) if (input.value !== defaultOf(input)) values[keyOf(input)] = input.value;
  return values;
}

function writeControls(values) {
  for (const input of controls) input.value = values[keyOf(input)] ?? defaultOf(input);
  showOutputs();
}

function showOutputs() {
  for (const input of controls) {
    const out = document.getElementById(`${input.id}-out`);
    if (out) out.textContent = `${input.value}${input.dataset.unit ?? ''}`;
  }
}

function unitOf(prop) {
  return controls.find((c) => c.dataset.prop === prop && !c.dataset.mode)?.dataset.unit ?? '';
}

const ELEMENTS = ['claim-card', 'claim-list', 'claim-annotator'];
const block = (selectors, lines, indent = '') =>
  [`${indent}${selectors.join(`,\n${indent}`)} {`, ...lines.map((l) => `${indent}  ${l}`), `${indent}}`].join('\n');

/** The stylesheet for a set of changed values. */
export function themeCss(values) {
  const base = [];
  for (const input of controls) {
    if (input.dataset.mode) continue;
    const value = values[input.dataset.prop];
    if (value !== undefined) base.push(`${input.dataset.prop}: ${value}${value === '0' ? '' : unitOf(input.dataset.prop)};`);
  }
  // A colour changed in either theme is written for both, so the dark theme never
  // inherits a light colour (or the other way round).
  const dark = [];
  for (const [prop, , light, darkDefault] of COLOURS) {
    const l = values[`light:${prop}`];
    const d = values[`dark:${prop}`];
    if (l === undefined && d === undefined) continue;
    base.push(`${prop}: ${l ?? light};`);
    dark.push(`${prop}: ${d ?? darkDefault};`);
  }
  if (!base.length) return '/* Nothing changed yet: the cards keep their built-in look. */\n';
  const parts = ['/* claim-cards theme, made with the theme builder */', block(ELEMENTS, base)];
  if (dark.length) {
    parts.push(
      '',
      '/* Dark theme: readers whose system prefers it (unless theme="light"), and theme="dark" */',
      '@media (prefers-color-scheme: dark) {',
      block(
        ELEMENTS.map((e) => `${e}:not([theme='light'])`),
        dark,
        '  ',
      ),
      '}',
      block(
        ELEMENTS.map((e) => `${e}[theme='dark']`),
        dark,
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}

// Apply: one constructed stylesheet, replaced on every change.
const sheet = new CSSStyleSheet();
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
let css = '';

function apply({ save = true } = {}) {
  const values = readControls();
  css = themeCss(values);
  sheet.replaceSync(css);
  $('css-output').textContent = css;
  const count = Object.keys(values).length;
  $('css-note').textContent = count
    ? `${count} ${count === 1 ? 'setting differs' : 'settings differ'} from the built-in look.`
    : 'Every setting is at its built-in value.';
  showOutputs();
  if (save) {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(values));
    } catch {
      // Private mode: the theme simply is not remembered.
    }
  }
}

$('theme-form').addEventListener('input', (event) => {
  if (event.target.id === 'preset') return;
  apply();
});
$('theme-form').addEventListener('submit', (event) => event.preventDefault());
$('preset').addEventListener('change', (event) => {
  const preset = PRESETS[event.target.value];
  if (!preset) return;
  writeControls(preset);
  apply();
  if (event.target.value === 'night') showIn('dark');
});
$('reset').addEventListener('click', () => {
  writeControls({});
  $('preset').value = '';
  apply();
});

copyButton($('copy-css'), $('copy-css-status'), () => css, 'the CSS');

// The gallery, and which theme its cards show.
const gallery = $('theme-gallery');
buildGallery(gallery, { headingLevel: 3 });
const stageTheme = $('stage-theme');
function showIn(theme) {
  setTheme(gallery, theme);
  pressOne(stageTheme, stageTheme.querySelector(`[data-theme="${theme}"]`));
}
stageTheme.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-theme]');
  if (button) showIn(button.dataset.theme);
});

let saved = {};
try {
  saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') ?? {};
} catch {
  saved = {};
}
writeControls(saved);
apply({ save: false });
document.documentElement.dataset.themeReady = '';
