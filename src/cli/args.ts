// A small argv reader shared by the subcommands: `--name value`, `--name=value`, flags, positionals.
import { CliError } from './errors';

export interface ParsedArgs {
  readonly positional: string[];
  readonly options: Map<string, string>;
  readonly flags: Set<string>;
  /** Options that may be given more than once, every value in order. */
  readonly lists: Map<string, string[]>;
}

/**
 * Reads argv given which options take a value and which are bare flags; anything else starting
 * with "--" is an error naming the option, so a typo never silently changes the output.
 */
export function parseArgs(argv: readonly string[], spec: { values?: readonly string[]; flags?: readonly string[]; lists?: readonly string[] }): ParsedArgs {
  const values = new Set([...(spec.values ?? []), ...(spec.lists ?? [])]);
  const listNames = new Set(spec.lists ?? []);
  const lists = new Map<string, string[]>();
  const flagNames = new Set(spec.flags ?? []);
  const positional: string[] = [];
  const options = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    if (flagNames.has(name) && eq < 0) flags.add(name);
    else if (values.has(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliError(`option --${name} needs a value`);
      if (listNames.has(name)) lists.set(name, [...(lists.get(name) ?? []), value]);
      else options.set(name, value);
    } else throw new CliError(`unknown option --${name}`);
  }
  return { positional, options, flags, lists };
}

/** An integer option within bounds, or the default when absent. */
export function intOption(args: ParsedArgs, name: string, fallback: number, min: number, max: number): number {
  const raw = args.options.get(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new CliError(`--${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  return n;
}
