// The claim-cards bin run as a real process: exit codes, stdout, stderr, stdin.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { parseClaimSet } from '../../dist/schema/index.js';

const bin = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

/** Runs the CLI in test/fixtures/cli, so file names in messages are short and stable. */
function cli(args, input) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: `${fixtures}cli`, input, encoding: 'utf8' });
  return { status, stdout, stderr };
}
const lines = (text) => text.split('\n').filter(Boolean);
const jsonld = (name) => `../jsonld/${name}`;

describe('claim-cards: help, version, usage mistakes', () => {
  test('--help and help print the usage and succeed', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = cli(args);
      assert.equal(run.status, 0);
      assert.match(run.stdout, /^Usage:\n  claim-cards validate/m);
      assert.equal(run.stderr, '');
    }
  });

  test('every command has its own --help', () => {
    for (const command of ['validate', 'jsonld', 'import']) {
      const run = cli([command, '--help']);
      assert.equal(run.status, 0);
      assert.match(run.stdout, new RegExp(`^Usage: claim-cards ${command}`));
      assert.match(run.stdout, /Exit status/);
    }
  });

  test('--version prints the package version', () => {
    assert.deepEqual(cli(['--version']), { status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    assert.equal(cli(['-V']).stdout, `${pkg.version}\n`);
  });

  test('mistakes exit 2 with the reason and the usage on stderr, nothing on stdout', () => {
    for (const [args, reason] of [
      [[], 'no command given'],
      [['publish', 'x.json'], 'unknown command "publish"'],
      [['validate'], 'validate needs at least one FILE'],
      [['validate', '--strict', 'a.json'], 'unknown option --strict'],
      [['validate', '--html', 'a.json'], '--html does not apply to validate'],
      [['validate', '--json', '--html', 'a.json'], '--html does not apply to validate'],
      [['import', '--json', '--from', 'claimreview', 'a.json'], '--json does not apply to import'],
      [['jsonld'], 'jsonld needs a FILE'],
      [['jsonld', 'a.json', 'b.json'], 'jsonld takes one FILE, not 2'],
      [['jsonld', '--from', 'claimreview', 'a.json'], '--from does not apply to jsonld'],
      [['import', 'a.json'], 'import needs --from claimreview or --from factcheck-api'],
      [['import', '--from', 'rss', 'a.json'], 'unknown format "rss" for --from'],
      [['import', '--from'], '--from needs a format'],
    ]) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.startsWith(`claim-cards: ${reason}`), run.stderr);
      assert.match(run.stderr, /Usage:/);
    }
  });
});

describe('claim-cards validate', () => {
  test('valid files: exit 0, one line each', () => {
    const run = cli(['validate', 'newsroom-claims.json', 'single-claim.json']);
    assert.equal(run.status, 0);
    assert.deepEqual(lines(run.stdout), ['newsroom-claims.json: valid (3 claims)', 'single-claim.json: valid (1 claim)']);
  });

  test('problems: exit 1, one "file: path: message" line each, other files still checked', () => {
    const run = cli(['validate', 'with-problems.json', 'single-claim.json']);
    assert.equal(run.status, 1);
    assert.deepEqual(lines(run.stdout), [
      'with-problems.json: claims[0].date: 2017-03-32 is not a real date',
      'with-problems.json: claims[0].source.url: must be an https:// or http:// link',
      'with-problems.json: claims[1].id: duplicate id "accord-2017": claims[0] already uses it',
      'single-claim.json: valid (1 claim)',
    ]);
  });

  test('warnings are printed and do not fail the file', () => {
    const run = cli(['validate', 'unknown-field.json']);
    assert.equal(run.status, 0);
    assert.deepEqual(lines(run.stdout), [
      'unknown-field.json: claims[0].claimaint: warning: is not a field of claim-cards version 1 and is ignored',
      'unknown-field.json: valid (1 claim)',
    ]);
  });

  test('broken JSON is reported with its line and column', () => {
    const run = cli(['validate', 'broken.json']);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^broken\.json: is not valid JSON: .* at line 4, column 55\n$/);
  });

  test('broken JSON whose V8 error carries no position still names line and column', () => {
    const run = cli(['validate', '-'], '{\n  "version": 1,\n  "claims": [}\n');
    assert.match(run.stdout, /line 3, column 14/);
  });

  test('a file that cannot be read', () => {
    const run = cli(['validate', 'missing.json', '.']);
    assert.equal(run.status, 1);
    assert.deepEqual(lines(run.stdout), ['missing.json: cannot be read: no such file', '.: cannot be read: is a folder, not a file']);
  });

  test('ClaimReview and Fact Check API files get a pointer to import', () => {
    const run = cli(['validate', jsonld('graph-page.json'), jsonld('factcheck-api.json')]);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /graph-page\.json: holds ClaimReview JSON-LD, not claim JSON: convert it with "claim-cards import --from claimreview FILE"/);
    assert.match(run.stdout, /factcheck-api\.json: looks like a Fact Check Tools API response.*--from factcheck-api/);
  });

  test('- reads standard input', () => {
    const run = cli(['validate', '-'], readFileSync(`${fixtures}cli/single-claim.json`));
    assert.deepEqual({ status: run.status, stdout: run.stdout }, { status: 0, stdout: 'stdin: valid (1 claim)\n' });
  });

  test('a byte-order mark is not an error', () => {
    const run = cli(['validate', '-'], `\uFEFF${readFileSync(`${fixtures}cli/single-claim.json`, 'utf8')}`);
    assert.equal(run.status, 0);
  });

  test('--json gives one machine-readable report', () => {
    const run = cli(['validate', '--json', 'newsroom-claims.json', 'with-problems.json', 'unknown-field.json']);
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout);
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.ok, f.claims, f.errors.length, f.warnings.length]),
      [
        ['newsroom-claims.json', true, 3, 0, 0],
        ['with-problems.json', false, 0, 3, 0],
        ['unknown-field.json', true, 1, 0, 1],
      ],
    );
    assert.deepEqual(report.files[1].errors[0], { path: 'claims[0].date', message: '2017-03-32 is not a real date' });
    assert.equal(JSON.parse(cli(['validate', '--json', 'single-claim.json']).stdout).ok, true);
  });
});

describe('claim-cards jsonld', () => {
  test('a set gives a list of ClaimReviews; Google-rule warnings go to stderr with claim paths', () => {
    const run = cli(['jsonld', 'newsroom-claims.json']);
    assert.equal(run.status, 0);
    const reviews = JSON.parse(run.stdout);
    assert.deepEqual(reviews.map((r) => [r['@type'], r.identifier]), [
      ['ClaimReview', 'no-new-permits'],
      ['ClaimReview', 'earnings-estimate'],
      ['ClaimReview', 'script-in-text'],
    ]);
    // worst 0 is written as a scale from 1, rating moved with it.
    assert.deepEqual(reviews[1].reviewRating, { '@type': 'Rating', alternateName: 'Plausible', ratingValue: 4, bestRating: 5, worstRating: 1 });
    assert.deepEqual(lines(run.stderr), [
      "newsroom-claims.json: claims[1].review.url: warning: is missing: Google needs the fact-check page's URL",
      'newsroom-claims.json: claims[1].statement: warning: has 82 characters: Google cuts claimReviewed after about 75',
      'newsroom-claims.json: claims[1].verdict.worst: warning: is below 1, which Google rejects: written as 4 on 1–5, the same place on the scale',
    ]);
  });

  test('a single claim gives one ClaimReview object', () => {
    const run = cli(['jsonld', 'single-claim.json']);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    const review = JSON.parse(run.stdout);
    assert.equal(review.url, 'https://example.org/fact-checks/up-to-50000');
    assert.deepEqual(review.itemReviewed.author, { '@type': 'Organization', name: 'Arirang News' });
  });

  test('--html wraps each review in a script block that data cannot break out of', () => {
    const run = cli(['jsonld', '--html', 'newsroom-claims.json']);
    assert.equal(run.status, 0);
    const blocks = [...run.stdout.matchAll(/<script type="application\/ld\+json">\n([\s\S]*?)\n<\/script>\n/g)];
    assert.equal(blocks.length, 3);
    assert.equal(blocks.map((b) => b[0]).join(''), run.stdout, 'nothing outside the blocks');
    for (const [, body] of blocks) assert.doesNotMatch(body, /</);
    assert.equal(JSON.parse(blocks[2][1]).claimReviewed, 'A post claimed "</script><script>alert(1)</script>" was in the accord.');
  });

  test('an invalid claim file: exit 1, problems on stderr, nothing on stdout', () => {
    const run = cli(['jsonld', 'with-problems.json']);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(lines(run.stderr).length, 3);
    assert.equal(cli(['jsonld', 'missing.json']).stderr, 'missing.json: cannot be read: no such file\n');
  });

  test('- reads standard input', () => {
    const run = cli(['jsonld', '-'], readFileSync(`${fixtures}cli/single-claim.json`));
    assert.equal(run.status, 0);
    assert.equal(JSON.parse(run.stdout).identifier, 'up-to-50000');
  });
});

describe('claim-cards import', () => {
  const validSet = (stdout) => {
    const parsed = parseClaimSet(JSON.parse(stdout));
    assert.equal(parsed.ok, true, JSON.stringify(parsed.errors));
    assert.deepEqual(parsed.warnings, []);
    return parsed.value;
  };

  test('--from claimreview prints a valid claim set', () => {
    const run = cli(['import', '--from', 'claimreview', jsonld('wordpress-plugin.json')]);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '');
    const set = validSet(run.stdout);
    assert.equal(set.version, 1);
    assert.deepEqual(set.claims.map((c) => c.id), [
      '2017-04-02-is-sending-north-korean-workers-to-russia-legal',
      '2017-04-02-how-many-north-koreans-work-in-russia',
    ]);
  });

  test('warnings go to stderr with input paths; the set still prints', () => {
    const run = cli(['import', '--from=claimreview', jsonld('single-review.json')]);
    assert.equal(run.status, 0);
    assert.equal(run.stderr, '../jsonld/single-review.json: itemReviewed.appearance: warning: has 2 places; the first is kept as the source\n');
    assert.equal(validSet(run.stdout).claims.length, 1);
  });

  test('a saved HTML page is read through its ld+json blocks', () => {
    const run = cli(['import', '--from', 'claimreview', jsonld('article-page.html')]);
    assert.equal(run.status, 0);
    assert.deepEqual(validSet(run.stdout).claims.map((c) => c.id), ['checks-diplomats-as-couriers']);
    const bare = cli(['import', '--from', 'claimreview', '-'], '<!doctype html><p>No markup here.</p>');
    assert.equal(bare.status, 1);
    assert.equal(bare.stderr, 'stdin: has no <script type="application/ld+json"> block\n');
  });

  test('an invalid review: exit 1, errors on stderr, nothing on stdout; --partial keeps the rest', () => {
    const run = cli(['import', '--from', 'claimreview', jsonld('flawed.json')]);
    assert.equal(run.status, 1);
    assert.equal(run.stdout, '');
    assert.equal(lines(run.stderr)[0], '../jsonld/flawed.json: [1].claimReviewed: is required');
    assert.match(run.stderr, /\[0\]\.url: warning: must be an https:\/\/ or http:\/\/ link \(left out\)/);
    const partial = cli(['import', '--from', 'claimreview', '--partial', jsonld('flawed.json')]);
    assert.equal(partial.status, 0);
    assert.deepEqual(validSet(partial.stdout).claims.map((c) => c.id), ['fact-checks-ministry-figures']);
    assert.match(partial.stderr, /\[1\]\.claimReviewed: warning: is required/);
  });

  test('input that is not ClaimReview, or not JSON', () => {
    const claims = cli(['import', '--from', 'claimreview', 'newsroom-claims.json']);
    assert.equal(claims.status, 1);
    assert.equal(claims.stderr, 'newsroom-claims.json: has no object with "@type": "ClaimReview"\n');
    const broken = cli(['import', '--from', 'factcheck-api', 'broken.json']);
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^broken\.json: is not valid JSON: .* line 4, column 55\n$/);
  });

  test('--from factcheck-api, from standard input', () => {
    const run = cli(['import', '--from', 'factcheck-api', '-'], readFileSync(`${fixtures}jsonld/factcheck-api.json`));
    assert.equal(run.status, 0);
    const set = validSet(run.stdout);
    assert.deepEqual(set.claims.map((c) => c.review.publisher), ['Example Fact Desk', 'example.net', 'Example Korea Monitor', 'Example Fact Desk']);
    assert.deepEqual(cli(['import', '--from', 'factcheck-api', '-'], '{}').stdout, '{\n  "version": 1,\n  "claims": []\n}\n');
  });

  test('jsonld then import gives the claims back', () => {
    const out = cli(['jsonld', 'newsroom-claims.json']);
    const back = cli(['import', '--from', 'claimreview', '-'], out.stdout);
    assert.equal(back.status, 0);
    const original = JSON.parse(readFileSync(`${fixtures}cli/newsroom-claims.json`, 'utf8')).claims;
    const claims = validSet(back.stdout).claims;
    assert.deepEqual(claims[0], original[0]);
    assert.deepEqual(claims[2], original[2]);
    // The 0–4 scale comes back as 1–5: the one documented loss.
    assert.deepEqual(claims[1].verdict, { label: 'Plausible', rating: 4, best: 5, worst: 1 });
  });
});

test('claim-cards jsonld: schema warnings (unknown fields) are printed too', () => {
  const run = cli(['jsonld', 'unknown-field.json']);
  assert.equal(run.status, 0);
  assert.equal(lines(run.stderr)[0], 'unknown-field.json: claims[0].claimaint: warning: is not a field of claim-cards version 1 and is ignored');
});
