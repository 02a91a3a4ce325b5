// The corpus (article versions, quotes, ground truth), generated once per seed and per
// version of the generator, then read from bench/tmp.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { makeCorpus } from './article.mjs';

const HERE = new URL('./', import.meta.url);
const TMP = new URL('../tmp/', import.meta.url);
const SOURCES = ['article.mjs', 'sentences.mjs', 'words.mjs', 'prng.mjs'];

export function loadCorpus(seed) {
  const hash = createHash('sha256');
  hash.update(seed);
  for (const file of SOURCES) hash.update(readFileSync(new URL(file, HERE)));
  const file = new URL(`corpus-${hash.digest('hex').slice(0, 16)}.json`, TMP);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  const corpus = makeCorpus(seed);
  mkdirSync(TMP, { recursive: true });
  writeFileSync(file, JSON.stringify(corpus));
  return corpus;
}
