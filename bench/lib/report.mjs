// Turns one run's measurements into bench/results.json (the shape issue 7 fixes), the
// printed tables and bench/RESULTS.md. Every headline is a ratio of two numbers measured in
// this same run.
import { LIB_NAMES, LIBS, VARIANTS } from './anchoring-run.mjs';
import { OPEN } from './page-run.mjs';
import { round } from './stats.mjs';

const VARIANT_NAMES = {
  exact: 'exact',
  typography: 'typography drift',
  edited: 'page edited ~5 %',
  absent: 'absent (lookalike left)',
};

const ms = (v) => (v === null || v === undefined ? '—' : v < 100 ? v.toFixed(1) : v.toFixed(0));
const kb = (bytes) => (bytes / 1024).toFixed(1);
const ratio = (a, b) => (a && b ? a / b : null);
const times = (r) => (r === null ? 'n/a' : r >= 10 ? `${r.toFixed(0)}×` : `${r.toFixed(1)}×`);

/** The object written to bench/results.json, exactly the shape of issue 7. */
export function resultsJson(run) {
  const anchoring = {};
  for (const v of VARIANTS) {
    anchoring[v] = {};
    for (const lib of LIBS) {
      const c = run.anchoring?.results[v]?.[lib];
      anchoring[v][lib] = c ? { ms: round(c.ms), right: c.right, wrong: c.wrong, orphaned: c.orphaned } : { ms: null, right: null, wrong: null, orphaned: null };
    }
  }
  const sizes = {};
  for (const row of run.sizes?.rows ?? []) sizes[row.key] = { gzip: row.gzip, brotli: row.brotli };
  return {
    date: run.date,
    machine: run.machine,
    anchoring,
    render: { claimCards: round(run.render?.claimCards.populatedMs ?? null), vanilla: round(run.render?.vanilla.populatedMs ?? null) },
    sizes,
    page: {
      firstCardMs: round(run.page?.firstCardMs ?? null),
      allHighlightsMs: round(run.page?.allHighlightsMs ?? null),
      longestTaskMs: round(run.page?.longestTaskMs ?? null),
    },
  };
}

function headlines(run) {
  const out = [];
  const a = run.anchoring?.results;
  if (a) {
    const cc = (v) => a[v].claimCards;
    if (cc('exact').ms === null) {
      out.push('Anchoring: claim-cards unavailable in this run (dist/anchoring/index.js missing or failed to load); peers and floor only.');
    } else {
      const e = cc('exact');
      const f = a.exact.floor;
      out.push(`Exact quotes: claim-cards ${ms(e.ms)} ms for 200 = ${times(ratio(e.ms, f.ms))} the floor's ${ms(f.ms)} ms (right: ${e.right} vs ${f.right}).`);
      for (const v of ['typography', 'edited']) {
        const c = cc(v);
        const h = a[v].hypothesisStyle;
        const faster = ratio(h.ms, c.ms);
        out.push(
          `${VARIANT_NAMES[v][0].toUpperCase()}${VARIANT_NAMES[v].slice(1)}: claim-cards ${ms(c.ms)} ms, ` +
            (faster >= 1 ? `${times(faster)} faster than` : `${times(1 / faster)} slower than`) +
            ` Hypothesis-style (${ms(h.ms)} ms, text read once); right ${c.right} vs ${h.right}, wrong ${c.wrong} vs ${h.wrong}.`,
        );
      }
      const ab = cc('absent');
      const ah = a.absent.hypothesisStyle;
      out.push(`Absent quotes (lookalike left in the page): wrong anchors claim-cards ${ab.wrong} of 200, Hypothesis-style ${ah.wrong}, dom-anchor-text-quote ${a.absent.domAnchorTextQuote.wrong}.`);
    }
  }
  if (run.render) {
    const c = run.render.claimCards;
    const v = run.render.vanilla;
    out.push(
      `Rendering 1,000 cards: claim-cards ${ms(c.populatedMs)} ms until populated = ${times(ratio(c.populatedMs, v.populatedMs))} the vanilla baseline (${ms(v.populatedMs)} ms); ` +
        `to next frame ${ms(c.frameMs)} vs ${ms(v.frameMs)} ms (${times(ratio(c.frameMs, v.frameMs))}).`,
    );
  }
  if (run.sizes) {
    const cdn = run.sizes.rows.find((r) => r.key === 'cdn');
    const hyp = run.sizes.rows.find((r) => r.key === 'hypothesis/annotator.bundle.js');
    const start = run.sizes.rows.find((r) => r.key === 'cdn/start');
    if (cdn && hyp) {
      out.push(
        `Bytes: the whole CDN bundle (every element, all chunks) is ${kb(cdn.gzip)} KB gzip = ${Math.round((100 * cdn.gzip) / hyp.gzip)} % of Hypothesis's annotator.bundle.js alone (${kb(hyp.gzip)} KB)` +
          (start ? `; what loads before any element is used: ${kb(start.gzip)} KB.` : '.'),
      );
    }
  }
  if (run.page) {
    out.push(
      run.page.runs
        ? `Page cost (<claim-annotator>, 200 claims): first card ${ms(run.page.firstCardMs)} ms, all highlights ${ms(run.page.allHighlightsMs)} ms, longest task ${ms(run.page.longestTaskMs)} ms.`
        : `Page cost: not measured (${run.page.notes.join('; ')}).`,
    );
  }
  return out;
}

function anchoringCell(c, policyRuns) {
  if (!c || c.unavailable) return 'n/a';
  const base = `${ms(c.ms)} · ${c.right}/${c.wrong}/${c.orphaned}`;
  const notes = [];
  if (c.runs < policyRuns) notes.push(`${c.runs} run${c.runs === 1 ? '' : 's'}`);
  if (c.capped) notes.push(`stopped at ${c.capped.after / 1000} s after ${c.capped.done} quotes`);
  if (!c.stable) notes.push('outcomes varied between runs');
  return notes.length ? `${base} (${notes.join(', ')})` : base;
}

/** Right anchors per kind of quote in the edited variant, and among the pull-quoted ones. */
function editedBreakdown(run) {
  const a = run.anchoring?.results;
  if (!a) return [];
  const kinds = run.corpus.editKind;
  const pulled = run.corpus.pulled;
  const rows = [];
  for (const lib of LIBS) {
    const c = a.edited[lib];
    if (!c || c.unavailable) continue;
    const right = (pred) => c.outcomes.filter((o, i) => o === 'right' && pred(i)).length;
    const total = (pred) => kinds.filter((_, i) => pred(i)).length;
    const typo = (i) => kinds[i] === 'typos' && !pulled[i];
    const syn = (i) => kinds[i] === 'synonym' && !pulled[i];
    const pull = (i) => pulled[i];
    rows.push([LIB_NAMES[lib], `${right(typo)} / ${total(typo)}`, `${right(syn)} / ${total(syn)}`, `${right(pull)} / ${total(pull)}`]);
  }
  return rows;
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function markdownTable(head, rows, align) {
  const al = align ?? head.map((_, i) => (i ? '---:' : '---'));
  return [`| ${head.join(' | ')} |`, `|${al.join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function sections(run) {
  const out = [];
  const runs = run.runs;
  if (run.anchoring) {
    const rows = LIBS.map((lib) => [LIB_NAMES[lib], ...VARIANTS.map((v) => anchoringCell(run.anchoring.results[v][lib], runs))]);
    out.push({
      title: `Anchoring 200 quotes in a ${run.corpus.stats.words.toLocaleString('en')}-word article`,
      intro:
        `${run.corpus.stats.characters.toLocaleString('en')} characters, ${run.anchoring.textNodes.toLocaleString('en')} text nodes; quotes of 8–40 words ` +
        `(mean ${run.corpus.quoteWordsMean.toFixed(1)}) with 32-character prefix and suffix, ${run.corpus.pulledCount} of them repeated verbatim in pull quotes. ` +
        `Each cell: median ms for all 200 (text reading and index building included) · right / wrong / orphaned. ` +
        `"Right" = the range covers ≥ 80 % of the true span and spills out of it by ≤ 20 % of its length.`,
      head: ['matcher', ...VARIANTS.map((v) => VARIANT_NAMES[v])],
      rows,
      after:
        `claim-cards path: ${run.anchoring.claimCards.path}. Runs: ${runs} per cell, interleaved; a cell whose first batch took over ` +
        `${run.anchoring.policy.FAST_MS / 1000} s gets as many runs as fit in ${run.anchoring.policy.BUDGET_MS / 1000} s (at least one, marked); ` +
        `no batch may run over ${run.anchoring.policy.CAP_MS / 1000} s.`,
    });
    const breakdown = editedBreakdown(run);
    if (breakdown.length) {
      out.push({
        title: 'Edited page: right anchors by kind of edit',
        intro: 'Typos only (letters changed, dropped, added, swapped) or one synonym swapped plus typos, ~5 % of the quote\'s characters either way; pull-quoted: the page sentence was edited while a pull quote still repeats the old wording verbatim.',
        head: ['matcher', 'typos only', 'synonym + typos', 'pull-quoted'],
        rows: breakdown,
      });
    }
  }
  if (run.render) {
    const r = run.render;
    const row = (name, s) => [name, ms(s.populatedMs), ms(s.frameMs), s.heapAfterMB.toFixed(1), s.heapDeltaMB.toFixed(1), String(s.shadowElements)];
    out.push({
      title: 'Rendering 1,000 cards from one claim set',
      intro: 'Median ms from creating the elements to all 1,000 shadow roots populated, and to the next frame (rAF, then a task). JS heap: V8 used size after a forced GC, and how much the 1,000 cards added.',
      head: ['renderer', 'populated (ms)', 'next frame (ms)', 'JS heap after (MB)', 'heap added (MB)', 'shadow elements'],
      rows: [row('claim-cards <claim-card>', r.claimCards), row('vanilla custom element + template clone', r.vanilla)],
      after:
        `The vanilla element adopts the same CSS text as <claim-card> and renders the same markup, but validates nothing (claim-cards parses every claim with zod/mini). ` +
        `DOM nodes live in Blink's heap, not V8's, so "heap added" is the JavaScript each renderer keeps per card. ${r.claimCards.runs} runs each, a fresh page per run, order alternating.`,
    });
  }
  if (run.sizes) {
    out.push({
      title: 'Bytes',
      intro: 'gzip -9 and brotli (quality 11) with node:zlib. CDN files as built; npm entries and peers bundled with their dependencies (esbuild) and minified with the CDN build\'s terser options.',
      head: ['what', 'minified KB', 'gzip KB', 'brotli KB'],
      rows: run.sizes.rows.map((r) => [r.name, kb(r.min), kb(r.gzip), kb(r.brotli)]),
      after: run.sizes.missing.length ? `Not built, so not measured: ${run.sizes.missing.join(', ')}.` : undefined,
    });
  }
  if (run.page) {
    const p = run.page;
    out.push({
      title: 'Page cost: the long article, 200 claims, <claim-annotator>',
      intro:
        `Median ms from the page script's start (just before the CDN bundle is imported) to the first <claim-card> painted (the page is opened at #${OPEN}, ` +
        'which opens that claim\'s card once anchored) and to all highlights painted (a claim-anchored or claim-orphaned event for each of the 200, then a frame); ' +
        'longest main-thread task after that start (from a Chromium trace, so tasks under 50 ms count too; the longtask observer is kept as a cross-check).',
      head: ['first card painted (ms)', 'all highlights painted (ms)', 'longest task (ms)', 'anchored / orphaned', 'loads'],
      rows: [[ms(p.firstCardMs), ms(p.allHighlightsMs), ms(p.longestTaskMs), p.runs ? `${p.anchored} / ${p.orphaned}` : '—', String(p.runs)]],
      after: p.notes.length ? `Notes: ${p.notes.join('; ')}.` : undefined,
    });
  }
  return out;
}

export function consoleReport(run) {
  const lines = [];
  const m = run.machine;
  lines.push(`claim-cards bench · ${run.date} · ${m.cpu}, ${m.cores} cores · Chromium ${m.chromium} · Node ${m.node}`);
  lines.push(`code: dist/ built ${run.build.distBuilt} at ${run.build.commit}${run.build.uncommittedSrc ? ' (src/ had uncommitted changes)' : ''}`);
  lines.push('');
  lines.push('HEADLINES (ratios within this run)');
  for (const h of headlines(run)) lines.push(`  • ${h}`);
  for (const s of sections(run)) {
    lines.push('', s.title.toUpperCase(), s.intro, '', table(s.head, s.rows));
    if (s.after) lines.push(s.after);
  }
  return lines.join('\n');
}

/** Custom element names in backticks, so markdown renderers do not take them for HTML. */
const code = (text) => String(text).replace(/<(\/?[a-z][a-z0-9]*-[a-z0-9-]*)>/g, '`<$1>`');

/** Which run, on what machine, of which code: the first lines of RESULTS.md and of the README excerpt. */
function provenance(run) {
  const m = run.machine;
  return [
    `Latest \`npm run bench\`: ${run.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.os}, Chromium ${m.chromium} (headless), Node ${m.node}.`,
    `Code measured: dist/ built ${run.build.distBuilt.slice(0, 16).replace('T', ' ')} UTC at commit ${run.build.commit}${run.build.uncommittedSrc ? ' with uncommitted changes in src/' : ''}.`,
  ];
}

/**
 * The README's performance excerpt (between its bench markers): provenance, headlines and
 * the anchoring table, so the README never shows another run's numbers than RESULTS.md.
 */
export function readmeExcerpt(run) {
  const lines = [...provenance(run), '', ...headlines(run).map((h) => `- ${code(h)}`)];
  const anchoring = run.anchoring && sections(run)[0];
  if (anchoring) {
    lines.push(
      '',
      'Anchoring 200 quotes in a generated 50,000-word article (median ms for all 200, index',
      'building included · right / wrong / orphaned):',
      '',
      markdownTable(anchoring.head.map(code), anchoring.rows.map((r) => r.map(code))),
    );
  }
  lines.push('', 'Full tables (rendering, bytes against peers, page cost) and the method: `bench/RESULTS.md`', 'and `bench/README.md`.');
  return lines.join('\n');
}

export function markdownReport(run) {
  const lines = [
    '# Benchmark results',
    '',
    ...provenance(run),
    'Absolute times depend on the machine and its load; the ratios below compare numbers measured in the same run, with runs interleaved.',
    '',
    '## Headlines',
    '',
    ...headlines(run).map((h) => `- ${code(h)}`),
  ];
  for (const s of sections(run)) {
    lines.push('', `## ${code(s.title)}`, '', code(s.intro), '', markdownTable(s.head.map(code), s.rows.map((r) => r.map(code))));
    if (s.after) lines.push('', code(s.after));
  }
  lines.push(
    '',
    '## Reproduce',
    '',
    '`npm run build && npm run bench` (Debian Chromium; `CHROME_PATH` to use another). `node bench/run.mjs --help` lists the options.',
    'The article, quotes and claims come from a seeded generator (`bench/lib/`), so every run measures the same page.',
    '',
  );
  return lines.join('\n');
}
