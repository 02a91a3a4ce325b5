#!/usr/bin/env node
/**
 * The `claim-cards` bin. Node ≥ 20; imports only the DOM-free schema and jsonld modules.
 */
import { run } from './run.js';

// `claim-cards jsonld big.json | head` closes the pipe early: that is not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

process.exitCode = await run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
