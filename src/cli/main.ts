// The engine's headless face: `parse`, `render` and `apply`. Each subcommand lives in its own
// file and is loaded only when asked for, so `parse` never pays for TF.js.
import { isUserError } from '../engine/userError';
import { CliError } from './errors';

const USAGE = `usage: augmentation-preview <command> [options]

commands:
  parse FILE... [--json] [--keras 2|3]
      find augmentation pipelines in Python files, notebooks (.ipynb), TF.js code (.js, .ts)
      and saved models (model.json, config.json, .keras)
  render MODEL_FILE IMAGE [--pipeline NAME] [--samples N] [--seed S] [--out DIR] [--set CLASS.ARG=VALUE]... [--json]
      write a contact sheet of augmented samples and the training-off output
  apply --layer NAME --config JSON --input FILE [--dtype float32|int32|uint8]
        [--training true|false] [--keras 2|3] [--transformation JSON] [--seed S]
      run one layer on a nested array (channels_last) and print {"output": ..., "dtype": ...}`;

type Command = (argv: string[]) => Promise<void>;

const commands: Record<string, () => Command> = {
  parse: () => require('./parse').runParse,
  render: () => require('./render').runRender,
  apply: () => require('./apply').runApply,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(USAGE + '\n');
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) throw new CliError(`unknown command '${name}' (expected parse, render or apply)`);
  await load()(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof CliError || isUserError(err)) {
      process.stderr.write(`augmentation-preview: ${err.message.split('\n')[0]}\n`);
      process.exit(2);
    }
    // A bug rather than bad input: still one line by default, the stack on request.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`augmentation-preview: internal error: ${message.split('\n')[0]}\n`);
    if (process.env.AUGMENTATION_PREVIEW_DEBUG) process.stderr.write(String((err as Error)?.stack) + '\n');
    process.exit(1);
  },
);
