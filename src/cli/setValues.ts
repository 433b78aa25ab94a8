// `render --set CLASS.ARG=VALUE`: the CLI's way of giving a value the code leaves unresolved, as
// the panel's form does. CLASS names the layer (CLASS[N] for the Nth of that class in the
// pipeline, from 1); VALUE is a Python literal. Only unresolved arguments can be set: a literal in
// the code is what Keras would use.
import type { PipelineSpec } from '../engine/previewTypes';
import { pythonLiteral } from '../parse';
import { isFullyResolved, type Value } from '../pipeline/model';
import { suppliedKey, type SuppliedValues } from '../pipeline/suppliedValues';
import { CliError } from './errors';

const SET = /^([A-Za-z_][\w.]*?)(?:\[(\d+)\])?\.([A-Za-z_]\w*)=(.*)$/s;

export function suppliedFromSets(sets: readonly string[], spec: PipelineSpec): SuppliedValues {
  const supplied = new Map<string, Value>();
  for (const set of sets) {
    const m = SET.exec(set);
    if (!m) throw new CliError(`--set '${set}' is not CLASS.ARG=VALUE (e.g. RandomRotation.factor=0.1, RandomFlip[2].mode='vertical')`);
    const [, className, nth, arg, text] = m;
    const matching = spec.layers.map((l, i) => ({ l, i })).filter(({ l }) => l.className === className);
    const n = nth === undefined ? 1 : Number(nth);
    if (matching.length === 0) throw new CliError(`--set ${className}.${arg}: the pipeline '${spec.name}' has no ${className} (it has ${spec.layers.map((l) => l.className).join(', ') || 'no layers'})`);
    if (nth === undefined && matching.length > 1) throw new CliError(`--set ${className}.${arg}: the pipeline has ${matching.length} ${className} layers; say which with ${className}[1] to ${className}[${matching.length}]`);
    const target = matching[n - 1];
    if (!target) throw new CliError(`--set ${className}[${n}].${arg}: the pipeline has ${matching.length} ${className} layer${matching.length === 1 ? '' : 's'}`);
    const current = target.l.args[arg];
    if (current !== undefined && isFullyResolved(current)) {
      throw new CliError(`--set ${className}.${arg}: the code gives it as a literal (${JSON.stringify(current)}); --set only fills values the code leaves unresolved`);
    }
    const value = pythonLiteral(text);
    if (value === undefined) throw new CliError(`--set ${className}.${arg}=${text}: not a Python literal (a number, a string, True, False, None, or a tuple, list or dict of them)`);
    supplied.set(suppliedKey(target.i, arg), value);
  }
  return supplied;
}
