// The claim editor: JSON (or ClaimReview JSON-LD) in, validation with jump-to-error,
// a live card and annotator, and the embed code out. Everything runs in the page.
import { load, parseClaim, parseClaimSet, parseJsonText, VERSION } from '../dist/cdn/claim-cards.js';
import { copyButton } from './lib/copy.js';
import { setContainerLanguage } from './lib/gallery.js';
import { jsonLdBlockOffsets, lineColumnIn, lineOf, locateJson, offsetOf, pathStep, rangeForPath } from './lib/json-paths.js';
import { pressOne } from './lib/toggles.js';

const api = await load();

const STORAGE_KEY = 'claim-cards-demo.editor.v1';
const CDN_URL = `https://cdn.jsdelivr.net/npm/claim-cards@${VERSION}/dist/cdn/claim-cards.js`;
const SCHEMA_URL = 'https://unpkg.com/claim-cards/schema/claim-set.schema.json';

const $ = (id) => document.getElementById(id);
const source = $('source');
const sample = $('sample');
const summary = $('summary');
const errorList = $('errors');
const warningList = $('warnings');
const picker = $('claim-pick');
const card = $('preview-card');
const cardEmpty = $('card-empty');
const annotator = $('preview-annotator');
const sampleText = $('sample-text');
const form = $('claim-form');
const preview = $('preview');
const draftStatus = $('draft-status');

// Examples ---------------------------------------------------------------------------

const SAMPLES = {
  claims:
    'Alexander Matsegora, Russia\'s ambassador to North Korea, rejected the allegations. Russia was not breaching the UN sanctions, he said, and no new permits had been granted to North Korean workers since the sanctions took effect; those still working in Russia were there under contracts signed earlier.',
  claimreview:
    'North Korean diplomats posted to Russia carry cash and letters from labourers to their families back home, according to a report published on 12 August 2024 that cites sources familiar with the matter.',
  mistakes:
    'Alexander Matsegora said no new work permits have been issued to North Korean workers since the sanctions took effect.',
};
const EXAMPLE_NAMES = {
  claims: 'a claim set',
  claimreview: 'ClaimReview JSON-LD',
  mistakes: 'claims with mistakes',
};
const EXAMPLE_FILES = {
  claims: 'data/permits.json',
  claimreview: 'data/claimreview-example.json',
  mistakes: 'data/mistakes-example.json',
};

async function exampleText(name) {
  const response = await fetch(EXAMPLE_FILES[name]);
  const text = await response.text();
  // The demo files point at the schema by a relative path; a publisher's file names the published one.
  return text.replace('"../../schema/claim-set.schema.json"', JSON.stringify(SCHEMA_URL));
}

// Draft storage ------------------------------------------------------------------------

const state = {
  text: '',
  sample: SAMPLES.claims,
  selected: 0,
  variant: 'full',
  theme: '',
  lang: 'en',
  fileUrl: '/fact-checks/claims.json',
  pageUrl: '',
  selector: '#story',
  jsonldAll: false,
};

function readDraft() {
  try {
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (saved && typeof saved === 'object' && typeof saved.text === 'string') {
      for (const key of Object.keys(state)) if (typeof saved[key] === typeof state[key]) state[key] = saved[key];
      return true;
    }
  } catch {
    // Storage blocked or the saved draft is unreadable: start from the example.
  }
  return false;
}

let saveTimer;
function saveDraft() {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(() => {
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch {
      draftStatus.textContent = 'This browser does not let the page keep drafts: copy your work before you leave.';
    }
  }, 150);
}

// Leaving the page (reload, close, navigation) writes the draft at once, debounces or not.
addEventListener('pagehide', () => {
  state.text = source.value;
  clearTimeout(saveTimer);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Nothing more to do on the way out.
  }
});

// Reading the input ----------------------------------------------------------------------

/**
 * What the text holds. `kind`: empty, broken (not JSON), claims (claim JSON), claimreview
 * (JSON-LD), html (script blocks). `raw` is the list of claim objects as written (claim
 * JSON only), `valid[i]` the validated claim at index i or undefined, `base(i)` the path
 * of claim i in the document.
 */
function analyse(text) {
  const result = { kind: 'empty', shape: undefined, value: undefined, raw: [], valid: [], errors: [], warnings: [], base: () => '' };
  if (text.trim() === '') return result;

  if (/^\s*</.test(text)) {
    const read = api.claimsFromAny(text);
    return { ...result, kind: 'html', valid: read.ok ? read.value : [], errors: read.ok ? [] : read.errors, warnings: read.warnings };
  }
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { ...result, kind: 'broken', errors: parsed.errors };
  const value = parsed.value;

  if (api.isClaimReview(value)) {
    const read = api.claimsFromAny(value, { format: 'claimreview' });
    return { ...result, kind: 'claimreview', value, valid: read.ok ? read.value : [], errors: read.ok ? [] : read.errors, warnings: read.warnings };
  }

  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  if (Array.isArray(value)) {
    // A bare list is checked as a set; its paths are the list's own ([2].source.url).
    const read = parseClaimSet({ version: 1, claims: value });
    const strip = (issues) => issues.map((i) => ({ ...i, path: i.path.replace(/^claims/, '') }));
    const valid = read.ok ? read.value.claims : value.map((claim, i) => one(claim, `[${i}]`));
    return {
      ...result,
      kind: 'claims',
      shape: 'list',
      value,
      raw: value,
      valid,
      errors: read.ok ? [] : strip(read.errors),
      warnings: strip(read.warnings),
      base: (i) => `[${i}]`,
    };
  }
  if (isObject && ('claims' in value || 'version' in value)) {
    const raw = Array.isArray(value.claims) ? value.claims : [];
    const read = parseClaimSet(value);
    const valid = read.ok ? read.value.claims : raw.map((claim, i) => one(claim, `claims[${i}]`));
    return {
      ...result,
      kind: 'claims',
      shape: 'set',
      value,
      raw,
      valid,
      errors: read.ok ? [] : read.errors,
      warnings: read.warnings,
      base: (i) => `claims[${i}]`,
    };
  }
  const read = parseClaim(value);
  return {
    ...result,
    kind: 'claims',
    shape: isObject ? 'single' : 'other',
    value,
    raw: isObject ? [value] : [],
    valid: read.ok ? [read.value] : [],
    errors: read.ok ? [] : read.errors,
    warnings: read.warnings,
  };
}

/** One claim of an invalid set, on its own: the preview still shows the good ones. */
function one(claim, path) {
  const read = parseClaim(claim, { path });
  return read.ok ? read.value : undefined;
}

/** Where an issue is in the text: `{start, end, line, note}`, or undefined. */
function locate(text, analysis, issue) {
  const lc = lineColumnIn(issue.message);
  if (analysis.kind === 'html') {
    const blocks = jsonLdBlockOffsets(text);
    const block = /^\[(\d+)\]/.exec(issue.path);
    if (lc && block && blocks[Number(block[1])]) {
      const { text: json, offset } = blocks[Number(block[1])];
      const at = offset + offsetOf(json, lc.line, lc.column);
      return { start: at, end: at, line: lineOf(text, at) };
    }
    const found = new Map();
    blocks.forEach(({ text: json, offset }, i) => {
      for (const [path, entry] of locateJson(json, { offset, prefix: `[${i}]` })) found.set(path, entry);
    });
    return fromMap(text, found, issue.path);
  }
  // Broken JSON: the caret goes where parsing stopped, ready for the missing character.
  if (lc) {
    const at = offsetOf(text, lc.line, lc.column);
    return { start: at, end: at, line: lc.line };
  }
  return fromMap(text, locateJson(text), issue.path);
}

function fromMap(text, found, path) {
  const hit = rangeForPath(found, path);
  if (!hit) return undefined;
  if (hit.exact) return { start: hit.start, end: hit.end, line: lineOf(text, hit.start) };
  // Not in the text (a required field that is missing): the caret goes inside the
  // nearest object that is there, where the field belongs.
  const inside = text[hit.start] === '{' || text[hit.start] === '[' ? hit.start + 1 : hit.start;
  return { start: inside, end: inside, line: lineOf(text, hit.start), missing: hit.path };
}

// Rendering -----------------------------------------------------------------------------

let analysis = analyse('');

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function issueButton(issue, where, kind) {
  const label = issue.path
    ? [element('code', {}, issue.path), ` ${issue.message}`]
    : [kind === 'error' && analysis.kind === 'broken' ? 'The text ' : 'The document ', issue.message];
  const place = where
    ? where.missing !== undefined
      ? `Line ${where.line}: not in the text yet; goes in ${where.missing || 'the document'}`
      : `Line ${where.line}`
    : 'Not located in the text';
  const button = element('button', { type: 'button', 'data-path': issue.path }, ...label, element('span', { class: 'where' }, place));
  if (where) {
    button.addEventListener('click', () => {
      showClaimOf(issue.path);
      jumpTo(where);
    });
  } else button.disabled = true;
  return element('li', {}, button);
}

/** An issue inside claim n (claim JSON) also brings claim n into the form and the preview. */
function showClaimOf(path) {
  const m = analysis.shape === 'set' ? /^claims\[(\d+)\]/.exec(path) : analysis.shape === 'list' ? /^\[(\d+)\]/.exec(path) : null;
  const n = m ? Number(m[1]) : undefined;
  if (n === undefined || n === state.selected || n >= analysis.raw.length) return;
  state.selected = n;
  renderPicker();
  renderForm();
  renderPreview();
  renderSnippets();
  saveDraft();
}

/** Selects `where` in the textarea and scrolls it into view. */
function jumpTo(where) {
  source.focus();
  source.setSelectionRange(where.start, where.end);
  const lineHeight = parseFloat(getComputedStyle(source).lineHeight) || 20;
  source.scrollTop = Math.max(0, (where.line - 1) * lineHeight - source.clientHeight / 3);
}

let lastSummary = '';
function renderIssues(text) {
  const errors = analysis.errors.map((issue) => issueButton(issue, locate(text, analysis, issue), 'error'));
  const warnings = analysis.warnings.map((issue) => issueButton(issue, locate(text, analysis, issue), 'warning'));
  errorList.replaceChildren(...errors);
  warningList.replaceChildren(...warnings);
  errorList.hidden = !errors.length;
  warningList.hidden = !warnings.length;

  const count = analysis.valid.filter(Boolean).length;
  const total = analysis.kind === 'claims' ? analysis.raw.length : count;
  const what = { claims: 'claim JSON', claimreview: 'ClaimReview JSON-LD', html: 'HTML with JSON-LD' }[analysis.kind];
  let line;
  let ok = false;
  if (analysis.kind === 'empty') line = 'Nothing to check yet: paste claims or start from an example.';
  else if (analysis.kind === 'broken') line = 'This is not valid JSON yet: 1 problem.';
  else if (analysis.errors.length) {
    line = `${what}: ${analysis.errors.length} ${analysis.errors.length === 1 ? 'problem' : 'problems'}; ${count} of ${total} ${total === 1 ? 'claim' : 'claims'} valid.`;
  } else {
    ok = true;
    line = `Valid ${what}: ${count} ${count === 1 ? 'claim' : 'claims'}${analysis.warnings.length ? `, ${analysis.warnings.length} ${analysis.warnings.length === 1 ? 'warning' : 'warnings'}` : ''}.`;
  }
  summary.className = `summary-line ${ok ? 'ok' : analysis.kind === 'empty' ? '' : 'bad'}`;
  // Live region: only touched when the words change, so typing is not read out.
  if (line !== lastSummary) summary.textContent = lastSummary = line;
}

/** Entries of the claim picker: every claim as written (claim JSON) or as read (JSON-LD). */
function pickerEntries() {
  if (analysis.kind === 'claims') {
    return analysis.raw.map((claim, i) => {
      const id = claim && typeof claim === 'object' && typeof claim.id === 'string' ? claim.id : '(no id)';
      const ok = analysis.valid[i] ? '' : ' (has problems)';
      return `${i + 1}. ${id}${ok}`;
    });
  }
  return analysis.valid.map((claim, i) => `${i + 1}. ${claim.id}`);
}

function renderPicker() {
  const entries = pickerEntries();
  if (state.selected >= entries.length) state.selected = Math.max(0, entries.length - 1);
  const current = [...picker.options].map((o) => o.textContent);
  if (current.join('\n') !== entries.join('\n')) {
    picker.replaceChildren(...entries.map((label, i) => element('option', { value: String(i) }, label)));
  }
  picker.value = String(state.selected);
  picker.disabled = entries.length === 0;
}

function selectedClaim() {
  return analysis.valid[state.selected];
}

function renderPreview() {
  const claim = selectedClaim();
  if (claim) {
    card.claim = claim;
    card.hidden = false;
    cardEmpty.hidden = true;
  } else {
    card.hidden = true;
    cardEmpty.hidden = false;
    const n = state.selected + 1;
    cardEmpty.textContent =
      analysis.kind === 'empty'
        ? 'The card appears here.'
        : analysis.kind === 'broken'
          ? 'The card appears once the text is valid JSON.'
          : pickerEntries().length
            ? `Claim ${n} has problems: fix the ones listed under Check to see its card.`
            : 'No claim to show yet.';
  }
  // The annotator gets every valid claim once (ids must be unique for it).
  const seen = new Set();
  const claims = analysis.valid.filter((c) => c && !seen.has(c.id) && seen.add(c.id));
  annotator.claims = { version: 1, claims };
  annotatedIds = claims.map((c) => c.id);
  renderAnchorStatus();
}

function renderSample() {
  const paragraphs = state.sample.split(/\n\s*\n/).filter((p) => p.trim());
  sampleText.replaceChildren(...paragraphs.map((p) => element('p', {}, p.trim())));
}

// The annotator reports a claim when its status changes (found or not), so the
// latest report per id is the current state.
const anchorState = new Map();
let annotatedIds = [];
let lastAnchorLine = '';
function renderAnchorStatus() {
  const total = annotatedIds.length;
  const known = annotatedIds.filter((id) => anchorState.has(id));
  const orphaned = known.filter((id) => anchorState.get(id) === 'orphaned');
  let line = '';
  if (total && known.length === total) {
    line = orphaned.length
      ? `Found ${total - orphaned.length} of ${total} in the sample. Not found: ${orphaned.join(', ')}; their words are not in the text.`
      : `${total === 1 ? 'The claim was' : `All ${total} claims were`} found in the sample: click a highlight to open its card.`;
  }
  if (line !== lastAnchorLine) $('anchor-status').textContent = lastAnchorLine = line;
}
annotator.addEventListener('claim-anchored', (e) => {
  anchorState.set(e.claimId, 'found');
  renderAnchorStatus();
});
annotator.addEventListener('claim-orphaned', (e) => {
  anchorState.set(e.claimId, 'orphaned');
  renderAnchorStatus();
});

// Embed code ------------------------------------------------------------------------------

function escapeHtml(text) {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

const snippets = { 'snippet-embed': '', 'snippet-json': '', 'snippet-jsonld': '' };

function renderSnippets() {
  const claims = analysis.valid.filter(Boolean);
  const claim = selectedClaim() ?? claims[0];
  const note = $('embed-note');
  const buttons = document.querySelectorAll('button[data-copy]');
  if (!claim) {
    for (const key of Object.keys(snippets)) {
      snippets[key] = '';
      $(key).textContent = 'No valid claim yet.';
    }
    for (const b of buttons) b.disabled = true;
    $('jsonld-warnings').replaceChildren();
    note.textContent = 'The code appears here once at least one claim is valid.';
    return;
  }
  for (const b of buttons) b.disabled = false;
  const total = analysis.kind === 'claims' ? analysis.raw.length : claims.length;
  note.textContent =
    claims.length < total
      ? `${claims.length} of ${total} claims are valid; the code below uses those. Fix the others to include them.`
      : `For claim “${claim.id}” and the ${claims.length === 1 ? 'file holding it' : `file of all ${claims.length} claims`}.`;

  const file = state.fileUrl.trim() || '/fact-checks/claims.json';
  const verdict = claim.verdict ? ` Verdict: ${claim.verdict.label}.` : '';
  const who = claim.claimant ? `${claim.claimant.name}: ` : '';
  snippets['snippet-embed'] = [
    '<!-- Once per page, in the <head> or before </body> -->',
    `<script type="module" src="${escapeHtml(CDN_URL)}"></script>`,
    '',
    '<!-- Where the card goes. The text inside shows until the script runs, and to readers without JavaScript. -->',
    `<claim-card src="${escapeHtml(file)}" claim-id="${escapeHtml(claim.id)}">`,
    `  <p>Fact check: ${escapeHtml(who)}“${escapeHtml(claim.statement)}”${escapeHtml(verdict)}</p>`,
    '</claim-card>',
    '',
    '<!-- Or: highlight every claim of the file in the article and open its card on click -->',
    `<claim-annotator src="${escapeHtml(file)}" target="${escapeHtml(state.selector.trim() || '#story')}"></claim-annotator>`,
  ].join('\n');

  snippets['snippet-json'] = JSON.stringify({ $schema: SCHEMA_URL, version: 1, claims }, null, 2);

  const options = state.pageUrl.trim() ? { url: state.pageUrl.trim() } : {};
  const chosen = state.jsonldAll ? claims : [claim];
  const reviews = chosen.map((c) => api.toClaimReview(c, options));
  snippets['snippet-jsonld'] = [
    '<script type="application/ld+json">',
    api.scriptSafeJson(reviews.length === 1 ? reviews[0] : reviews, 2),
    '</script>',
  ].join('\n');

  for (const [id, text] of Object.entries(snippets)) $(id).textContent = text;

  // Google's rules, per claim; in claim JSON they jump to the field.
  const text = source.value;
  const items = chosen.flatMap((c) => {
    const index = analysis.valid.indexOf(c);
    return api.claimReviewWarnings(c, options).map((w) => {
      const path = analysis.kind === 'claims' && index >= 0 ? joinBase(analysis.base(index), w.path) : w.path;
      const where = analysis.kind === 'claims' ? locate(text, analysis, { path, message: '' }) : undefined;
      return issueButton({ path, message: w.message }, where, 'warning');
    });
  });
  $('jsonld-warnings').replaceChildren(...items);
}

function joinBase(base, path) {
  return path.split('.').reduce((acc, step) => pathStep(acc, step), base);
}

// The form ----------------------------------------------------------------------------------

const fields = [...form.querySelectorAll('[data-path]')];

function getAt(object, path) {
  return path.split('.').reduce((at, key) => (at && typeof at === 'object' ? at[key] : undefined), object);
}

/** Sets a dotted path; an empty value removes the field, and objects left empty go too. */
function setAt(object, path, value) {
  const keys = path.split('.');
  const parents = [object];
  for (const key of keys.slice(0, -1)) {
    const at = parents.at(-1);
    if (!at[key] || typeof at[key] !== 'object' || Array.isArray(at[key])) {
      if (value === undefined) return;
      at[key] = {};
    }
    parents.push(at[key]);
  }
  const last = keys.at(-1);
  if (value === undefined) delete parents.at(-1)[last];
  else parents.at(-1)[last] = value;
  for (let i = parents.length - 1; i > 0; i--) {
    if (Object.keys(parents[i]).length === 0) delete parents[i - 1][keys[i - 1]];
  }
}

function renderForm() {
  const editable = analysis.kind === 'claims' && analysis.shape !== 'other' && analysis.raw.length > 0;
  const convertible = (analysis.kind === 'claimreview' || analysis.kind === 'html') && analysis.valid.length > 0;
  form.disabled = !editable;
  $('form-disabled-note').hidden = editable || !convertible;
  $('form-note').textContent = editable
    ? 'The form edits the claim chosen under Preview and rewrites the JSON above.'
    : analysis.kind === 'broken'
      ? 'The form works again once the text is valid JSON.'
      : convertible
        ? 'This is ClaimReview JSON-LD; the form edits claim JSON.'
        : 'The form edits claim JSON: start from an example or add a claim.';
  $('form-legend').textContent = editable ? `Claim ${state.selected + 1}` : 'Claim';
  const claim = editable ? analysis.raw[state.selected] : undefined;
  for (const input of fields) {
    if (input === document.activeElement) continue;
    const value = claim && typeof claim === 'object' ? getAt(claim, input.dataset.path) : undefined;
    input.value = value === undefined || value === null || typeof value === 'object' ? '' : String(value);
  }
}

form.addEventListener('input', (event) => {
  const input = event.target.closest('[data-path]');
  if (!input || analysis.kind !== 'claims') return;
  let value;
  try {
    value = JSON.parse(source.value);
  } catch {
    return;
  }
  const claim = analysis.shape === 'set' ? value.claims?.[state.selected] : analysis.shape === 'list' ? value[state.selected] : value;
  if (!claim || typeof claim !== 'object') return;
  const raw = input.value;
  let next;
  if (raw.trim() === '') next = undefined;
  else if (input.type === 'number') next = Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : raw;
  else next = raw;
  setAt(claim, input.dataset.path, next);
  setText(JSON.stringify(value, null, 2));
});

// Wiring --------------------------------------------------------------------------------

function update() {
  const text = source.value;
  state.text = text;
  analysis = analyse(text);
  renderIssues(text);
  renderPicker();
  renderForm();
  renderPreview();
  renderSnippets();
  saveDraft();
}

let inputTimer;
source.addEventListener('input', () => {
  clearTimeout(inputTimer);
  inputTimer = setTimeout(update, 200);
});

/** Replaces the text (form edits, examples, formatting) and updates at once. */
function setText(text) {
  source.value = text;
  clearTimeout(inputTimer);
  update();
}

let undoText;
function replaceDraft(text, message) {
  const before = source.value;
  state.selected = 0;
  setText(text);
  if (before.trim() && before !== text) {
    undoText = before;
    const undo = element('button', { type: 'button' }, 'Undo');
    undo.addEventListener('click', () => {
      setText(undoText);
      undoText = undefined;
      draftStatus.textContent = 'Your previous draft is back.';
      source.focus();
    });
    draftStatus.replaceChildren(`${message} `, undo);
  } else draftStatus.textContent = message;
}

for (const button of document.querySelectorAll('button[data-example]')) {
  button.addEventListener('click', async () => {
    const name = button.dataset.example;
    const text = await exampleText(name);
    state.sample = SAMPLES[name];
    sample.value = state.sample;
    renderSample();
    replaceDraft(text, `Loaded the example: ${EXAMPLE_NAMES[name]}.`);
  });
}

$('format-json').addEventListener('click', () => {
  const parsed = parseJsonText(source.value);
  if (parsed.ok) replaceDraft(JSON.stringify(parsed.value, null, 2), 'Formatted the JSON.');
  else draftStatus.textContent = 'Only valid JSON can be formatted: see the problem under Check.';
});

$('add-claim').addEventListener('click', () => {
  let value;
  try {
    value = JSON.parse(source.value);
  } catch {
    value = undefined;
  }
  const fresh = (n) => ({ id: `new-claim-${n}`, statement: '' });
  if (source.value.trim() === '') value = { version: 1, claims: [fresh(1)] };
  else if (analysis.kind === 'claims' && analysis.shape === 'set' && Array.isArray(value?.claims)) value.claims.push(fresh(value.claims.length + 1));
  else if (analysis.kind === 'claims' && analysis.shape === 'list') value.push(fresh(value.length + 1));
  else if (analysis.kind === 'claims' && analysis.shape === 'single') value = { version: 1, claims: [value, fresh(2)] };
  else {
    draftStatus.textContent = 'Claims can be added to claim JSON only: fix the text or convert it first.';
    return;
  }
  const list = Array.isArray(value) ? value : value.claims;
  setText(JSON.stringify(value, null, 2));
  state.selected = list.length - 1;
  update();
  draftStatus.textContent = `Added claim ${list.length}: fill in its statement in the form.`;
  $('f-statement').focus();
});

$('convert').addEventListener('click', () => {
  const claims = analysis.valid.filter(Boolean);
  replaceDraft(JSON.stringify({ $schema: SCHEMA_URL, version: 1, claims }, null, 2), 'Converted to claim JSON.');
});

const fileInput = $('open-file');
$('open-file-button').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  replaceDraft(await file.text(), `Opened ${file.name}.`);
  fileInput.value = '';
});

picker.addEventListener('change', () => {
  state.selected = Number(picker.value);
  update();
});

sample.addEventListener('input', () => {
  state.sample = sample.value;
  renderSample();
  saveDraft();
});

const variantGroup = $('variant-group');
variantGroup.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-variant]');
  if (!button) return;
  state.variant = button.dataset.variant;
  applyPreviewOptions();
  saveDraft();
});
const themeGroup = $('preview-theme-group');
themeGroup.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-theme]');
  if (!button) return;
  state.theme = button.dataset.theme;
  applyPreviewOptions();
  saveDraft();
});
$('preview-lang').addEventListener('change', (event) => {
  state.lang = event.target.value;
  applyPreviewOptions();
  saveDraft();
});

function applyPreviewOptions() {
  pressOne(variantGroup, variantGroup.querySelector(`[data-variant="${state.variant}"]`));
  pressOne(themeGroup, themeGroup.querySelector(`[data-theme="${state.theme}"]`));
  for (const el of [card, annotator]) {
    el.setAttribute('variant', state.variant);
    if (state.theme) el.setAttribute('theme', state.theme);
    else el.removeAttribute('theme');
  }
  $('preview-lang').value = state.lang;
  if (preview.getAttribute('lang') !== state.lang) setContainerLanguage(preview, state.lang);
}

for (const [id, key] of [
  ['file-url', 'fileUrl'],
  ['page-url', 'pageUrl'],
  ['article-selector', 'selector'],
]) {
  const input = $(id);
  input.addEventListener('input', () => {
    state[key] = input.value;
    renderSnippets();
    saveDraft();
  });
}
$('jsonld-all').addEventListener('change', (event) => {
  state.jsonldAll = event.target.checked;
  renderSnippets();
  saveDraft();
});

for (const button of document.querySelectorAll('button[data-copy]')) {
  const id = button.dataset.copy;
  const status = document.querySelector(`[data-copy-status="${id}"]`);
  const what = { 'snippet-embed': 'the embed code', 'snippet-json': 'the claims file', 'snippet-jsonld': 'the JSON-LD' }[id];
  copyButton(button, status, () => snippets[id], what);
}

// Start: the saved draft, else the example claim set.
const restored = readDraft();
if (!restored) state.text = await exampleText('claims');
source.value = state.text;
sample.value = state.sample;
for (const [id, key] of [
  ['file-url', 'fileUrl'],
  ['page-url', 'pageUrl'],
  ['article-selector', 'selector'],
]) {
  $(id).value = state[key];
}
$('jsonld-all').checked = state.jsonldAll;
renderSample();
applyPreviewOptions();
update();
if (restored) draftStatus.textContent = 'Your draft from last time is back.';
document.documentElement.dataset.editorReady = '';
