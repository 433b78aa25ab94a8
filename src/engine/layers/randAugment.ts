// keras.layers.RandAugment (Keras 3 only; keras-layers.md §2.30): `num_ops` operations picked
// with randint from 11 (augmentOps.ts), the same ones for the whole batch, applied in the order
// picked; an op picked twice is applied twice with the same parameters. Draw order: the indices,
// then EVERY op's own transformation (chosen or not), in the ops' order. Training off: the input
// as float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { float32Copy } from '../tensors';
import { RAND_AUGMENT_OPS, buildOps, countArg, opParams, opPhrases, opsOutputRange } from './augmentOps';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import { LayerConfigError, type ConfiguredLayer, type LayerContext, type LayerFactory, type SampleParams } from './layer';
import { checkDataFormat } from './validation';

export interface RandAugmentTransformation {
  /** Indices into RAND_AUGMENT_OPS, in the order applied. */
  readonly indices: readonly number[];
  /** Per op (all 11, as Keras draws them), its transformation; undefined where none was stated. */
  readonly transforms: readonly unknown[];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion, context?: LayerContext): ConfiguredLayer<RandAugmentTransformation> {
  checkDataFormat(args.data_format);
  const numOps = countArg('RandAugment', 'num_ops', args.num_ops);
  const factor = keras3SetFactor(args.factor ?? null, [0, 1]);
  const ops = buildOps('RandAugment', RAND_AUGMENT_OPS, factor, args.value_range ?? null, args.interpolation ?? null, version, context);

  const applyOps = (images: Parameters<ConfiguredLayer['apply']>[0], t: RandAugmentTransformation) => {
    let current = float32Copy(images);
    for (const k of t.indices) {
      const next = ops[k].apply(current, t.transforms[k], true, 'float32');
      current.dispose();
      current = next;
    }
    return current;
  };

  return {
    className: 'RandAugment',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape, rng) {
      const indices = Array.from({ length: numOps }, () => rng.int(0, ops.length));
      return { indices, transforms: ops.map((op) => op.sample(shape, rng)) };
    },

    apply: (images, t, training) => (training && t ? applyOps(images, t) : float32Copy(images)),

    describeSample(t, index) {
      const params: SampleParams = { ops: t.indices.map((k) => ops[k].className).join(' → '), op_indices: [...t.indices] };
      for (const k of new Set(t.indices)) opParams('', ops[k], t.transforms[k], index, params);
      return params;
    },

    parseTransformation(json, shape) {
      const obj = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
      const names = obj?.ops;
      const stated = obj?.transformations ?? {};
      const usage = `RandAugment transformation must be {"ops": [${numOps} op names], "transformations": {"<op>": <its transformation>, ...}}`;
      if (!obj || !Array.isArray(names) || names.length !== numOps || typeof stated !== 'object' || stated === null || Array.isArray(stated)) throw new LayerConfigError(usage);
      const unknownKey = Object.keys(obj).find((k) => k !== 'ops' && k !== 'transformations');
      if (unknownKey) throw new LayerConfigError(`${usage}; unknown key "${unknownKey}"`);
      const indices = names.map((n) => {
        const k = ops.findIndex((op) => op.className === n);
        if (k < 0) throw new LayerConfigError(`RandAugment transformation: "ops" entry ${JSON.stringify(n)} is not one of ${ops.map((o) => o.className).join(', ')}`);
        return k;
      });
      const given = stated as Record<string, unknown>;
      const extra = Object.keys(given).find((n) => !names.includes(n));
      if (extra) throw new LayerConfigError(`RandAugment transformation: "transformations" has ${JSON.stringify(extra)}, which "ops" does not pick`);
      return { indices, transforms: ops.map((op, k) => (indices.includes(k) ? op.parseTransformation(given[op.className], shape) : undefined)) };
    },

    outputRange: (range) => opsOutputRange(ops, range, numOps),

    describe(): LayerDescription {
      return {
        summary: phrase('Applies {0} operations picked at random from 11 (the same ones for the whole batch) while training.', numOps),
        details: [
          phrase('Each op gets factor {0}–{1}: a single number f means 0–f, so translations go only down/right and rotations only counter-clockwise; an op picked twice is applied twice with the same draw.', factor[0], factor[1]),
          ...opPhrases(ops),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [],
      };
    },
  };
}

export const randAugment: LayerFactory = { className: 'RandAugment', versions: [3], create };
