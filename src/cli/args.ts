/**
 * Command-line arguments, parsed by hand: the CLI has four flags, and a dependency for
 * them would be the only one the bin needs.
 */

export interface Args {
  command: string | undefined;
  files: string[];
  json: boolean;
  html: boolean;
  partial: boolean;
  from: string | undefined;
  help: boolean;
  version: boolean;
}

/** Thrown for anything the user typed wrong; the message is shown above the usage. */
export class UsageError extends Error {}

const BOOLEAN_FLAGS = { '--json': 'json', '--html': 'html', '--partial': 'partial', '--help': 'help', '-h': 'help', '--version': 'version', '-V': 'version' } as const;

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { command: undefined, files: [], json: false, html: false, partial: false, from: undefined, help: false, version: false };
  const positionals: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (optionsDone || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
    } else if (arg === '--') {
      optionsDone = true;
    } else if (Object.hasOwn(BOOLEAN_FLAGS, arg)) {
      args[BOOLEAN_FLAGS[arg as keyof typeof BOOLEAN_FLAGS]] = true;
    } else if (arg === '--from' || arg.startsWith('--from=')) {
      const value = arg === '--from' ? argv[++i] : arg.slice('--from='.length);
      if (!value) throw new UsageError('--from needs a format: claimreview or factcheck-api');
      args.from = value;
    } else {
      throw new UsageError(`unknown option ${arg}`);
    }
  }
  [args.command, ...args.files] = positionals;
  return args;
}
