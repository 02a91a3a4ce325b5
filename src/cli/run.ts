/**
 * The CLI as a function of its arguments: dispatches to a command and returns the
 * exit status (0 done, 1 invalid input, 2 usage mistake).
 */
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError, type Args } from './args.js';
import { importCommand, IMPORT_FORMATS, type ImportFormat } from './import-command.js';
import { jsonldCommand } from './jsonld-command.js';
import type { Output } from './report.js';
import { COMMAND_HELP, USAGE } from './usage.js';
import { validateCommand } from './validate-command.js';

/** The package's version, read from its package.json (dist/cli/ → package root). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

function oneFile(args: Args): string {
  if (args.files.length !== 1) {
    throw new UsageError(args.files.length ? `${args.command} takes one FILE, not ${args.files.length}` : `${args.command} needs a FILE (or - for standard input)`);
  }
  return args.files[0]!;
}

async function dispatch(args: Args, io: Output): Promise<number> {
  const { command } = args;
  if (command === undefined) {
    if (args.version) return io.out(`${version()}\n`), 0;
    if (args.help) return io.out(USAGE), 0;
    throw new UsageError('no command given');
  }
  const help = Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command] : undefined;
  if (command === 'help') return io.out(USAGE), 0;
  if (!help) throw new UsageError(`unknown command "${command}"`);
  if (args.help) return io.out(help), 0;
  const misplaced = (
    [
      ['--json', args.json, 'validate'],
      ['--html', args.html, 'jsonld'],
      ['--partial', args.partial, 'import'],
      ['--from', args.from !== undefined, 'import'],
    ] as const
  ).find(([, given, owner]) => given && owner !== command);
  if (misplaced) throw new UsageError(`${misplaced[0]} does not apply to ${command}`);
  switch (command) {
    case 'validate':
      if (!args.files.length) throw new UsageError('validate needs at least one FILE (or - for standard input)');
      return validateCommand(args.files, args.json, io);
    case 'jsonld':
      return jsonldCommand(oneFile(args), args.html, io);
    default: {
      if (!IMPORT_FORMATS.includes(args.from as ImportFormat)) {
        throw new UsageError(args.from === undefined ? 'import needs --from claimreview or --from factcheck-api' : `unknown format "${args.from}" for --from: use claimreview or factcheck-api`);
      }
      return importCommand(oneFile(args), args.from as ImportFormat, args.partial, io);
    }
  }
}

export async function run(argv: readonly string[], io: Output): Promise<number> {
  try {
    return await dispatch(parseArgs(argv), io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`claim-cards: ${error.message}\n\n${USAGE}`);
    return 2;
  }
}
