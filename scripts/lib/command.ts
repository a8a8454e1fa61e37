// One way to write a command in scripts/: arguments through node:util's parseArgs with Chinese messages, a
// Chinese usage text for --help and for mistakes, and the same exit codes everywhere:
// 0 done, 1 problems found (or the work failed), 2 the command was called wrongly.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** A mistake in how the command was called: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** node:util's English parse errors, said in Chinese with the option concerned. */
function chineseParseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `不认识的选项 ${option}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `选项 ${option} 后面要写一个值`;
    if (/ambiguous/.test(message)) return `选项 ${option} 后面的值以 - 开头，这样写会被当成另一个选项；确实如此请写成 ${option}=值`;
    return `选项 ${option} 不需要值`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `多余的参数：${/'([^']*)'/.exec(message)?.[1] ?? ''}`;
  return `参数有误：${message}`;
}

export interface ArgsSpec<O extends ParseArgsOptionsConfig> {
  options: O;
  /** How many arguments without -- the command takes (default none). */
  positionals?: { min?: number; max?: number; missing?: string };
}

/** Parses the arguments; any mistake is a UsageError in Chinese. -h/--help is always known. */
export function parseCommandArgs<const O extends ParseArgsOptionsConfig>(argv: string[], spec: ArgsSpec<O>) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(chineseParseError(error));
  }
  const { min = 0, max = 0, missing = '缺少参数' } = spec.positionals ?? {};
  if (parsed.positionals.length < min) throw new UsageError(missing);
  if (parsed.positionals.length > max) throw new UsageError(`多余的参数：${parsed.positionals.slice(max).join(' ')}`);
  return parsed;
}

/** An option's value as a whole number ≥ min; the fallback when it was not given. */
export function integerOption(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (value.trim() === '' || !Number.isInteger(number) || number < min)
    throw new UsageError(`${name} 要写一个不小于 ${min} 的整数，收到“${value}”`);
  return number;
}

/** True when the module at `url` is the script node was started with (not imported by a test). */
export function isMainModule(url: string): boolean {
  return process.argv[1] !== undefined && url === pathToFileURL(resolve(process.argv[1])).href;
}

export interface RunOptions {
  /** Exit as soon as main is done even if something (a browser, a server) still holds the process open. */
  exitWhenDone?: boolean;
}

/**
 * Runs a command's main with its arguments: -h/--help prints the usage (exit 0), a UsageError prints the
 * message and the usage (exit 2), any other error its message (exit 1); otherwise main's exit code.
 */
export function runCommand(
  usage: string,
  main: (argv: string[]) => number | Promise<number>,
  { exitWhenDone = false }: RunOptions = {},
  argv: string[] = process.argv.slice(2),
): Promise<number> {
  const done = (code: number) => {
    process.exitCode = code;
    if (exitWhenDone) process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
    return code;
  };
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(usage);
    return Promise.resolve(done(EXIT.ok));
  }
  return Promise.resolve()
    .then(() => main(argv))
    .then(done, (error: unknown) => {
      if (error instanceof UsageError) {
        console.error(`${error.message}\n\n${usage}`);
        return done(EXIT.usage);
      }
      console.error(`出错了：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return done(EXIT.problems);
    });
}
