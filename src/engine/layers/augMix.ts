// keras.layers.AugMix (Keras 3 only; keras-layers.md §2.31): `num_chains` chains of up to
// `chain_depth` ops (augmentOps.ts; all_ops=False keeps seven), mixed with Dirichlet(α) weights,
// then blended with the original: clip(m·x + (1 − m)·Σ wᵢ·chainᵢ(x), value_range), m ~ Beta(α, α).
// The weights and m are shared by the whole batch. Draw order: the Dirichlet's gammas, the Beta,
// then for each chain and slot the op choice and the chosen op's own draw.
// Keras picks each op with Python's unseeded `random.choice(ops + [None])`, so its choices cannot
// be reproduced from `seed`; the engine draws them from its seeded generator (uniform over the
// same 12 or 8 choices), so a preview is reproducible. Training off: the input as float32.
import type { KerasVersion, Value } from '../../pipeline/model';
import { f32 } from '../kernels/float32';
import { betaSamples, gamma } from '../randomDistributions';
import { float32Copy, float32Values } from '../tensors';
import * as tf from '@tensorflow/tfjs-core';
import { AUG_MIX_OPS, buildOps, countArg, opParams, opPhrases, opsOutputRange } from './augmentOps';
import { phrase, UNCHANGED_AT_INFERENCE, type LayerDescription } from './description';
import { keras3SetFactor } from './factors';
import { LayerConfigError, type ConfiguredLayer, type LayerContext, type LayerFactory, type SampleParams } from './layer';
import { isFiniteNumber } from './transformationJson';
import { checkDataFormat, requireNumber } from './validation';
import { storedValueRange } from './valueRangeArg';

/** One slot of a chain: the op (index into this layer's ops) and its transformation. */
export interface ChainStep {
  readonly op: number;
  readonly transformation: unknown;
}

export interface AugMixTransformation {
  /** Dirichlet weights of the chains (float32), shared by the batch. */
  readonly chainWeights: Float32Array;
  /** m: the weight of the original image. */
  readonly mixWeight: number;
  /** Per chain, the ops applied (slots where None was picked are left out). */
  readonly chains: readonly (readonly ChainStep[])[];
  /** Per chain and slot, the choice: an op index, or ops.length for None (labels and tests). */
  readonly choices: readonly number[];
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion, context?: LayerContext): ConfiguredLayer<AugMixTransformation> {
  checkDataFormat(args.data_format);
  const numChains = countArg('AugMix', 'num_chains', args.num_chains);
  const depth = countArg('AugMix', 'chain_depth', args.chain_depth);
  const factor = keras3SetFactor(args.factor ?? null, [0, 1]);
  const alpha = f32(requireNumber('AugMix', 'alpha', args.alpha));
  const names = args.all_ops === false || args.all_ops === 0 || args.all_ops === null ? AUG_MIX_OPS.slice(0, 7) : AUG_MIX_OPS;
  const ops = buildOps('AugMix', names, factor, args.value_range ?? null, args.interpolation ?? null, version, context);
  const [vLo, vHi] = storedValueRange('AugMix', args.value_range).map(f32);

  /** Keras: aug = Σ chainᵢ·wᵢ (float32, from zeros), x' = clip(m·x + (1 − m)·aug, value_range). */
  const mix = (original: Float32Array, chains: Float32Array[], t: AugMixTransformation) => {
    const out = new Float32Array(original.length);
    const m = f32(t.mixWeight);
    const rest = f32(1 - m);
    for (let i = 0; i < out.length; i++) {
      let aug = 0;
      for (let c = 0; c < chains.length; c++) aug = f32(aug + f32(chains[c][i] * t.chainWeights[c]));
      const v = f32(f32(m * original[i]) + f32(rest * aug));
      out[i] = Math.max(Math.min(v, vHi), vLo);
    }
    return out;
  };

  return {
    className: 'AugMix',
    version,
    config: { ...args },
    activeAtInference: false,

    sample(shape, rng) {
      const gammas = Array.from({ length: numChains }, () => gamma(rng, alpha));
      const total = f32(gammas.reduce((a, b) => f32(a + b), 0));
      const chainWeights = Float32Array.from(gammas, (g) => f32(g / total));
      const mixWeight = betaSamples(rng, 1, alpha, alpha)[0];
      const choices: number[] = [];
      const chains = Array.from({ length: numChains }, () => {
        const steps: ChainStep[] = [];
        for (let d = 0; d < depth; d++) {
          const op = rng.int(0, ops.length + 1);
          choices.push(op);
          if (op < ops.length) steps.push({ op, transformation: ops[op].sample(shape, rng) });
        }
        return steps;
      });
      return { chainWeights, mixWeight, chains, choices };
    },

    apply(images, t, training) {
      if (!training || !t) return float32Copy(images);
      const original = float32Copy(images);
      const outputs = t.chains.map((steps) => {
        let current = float32Copy(original);
        for (const step of steps) {
          const next = ops[step.op].apply(current, step.transformation, true, 'float32');
          current.dispose();
          current = next;
        }
        const values = Float32Array.from(float32Values(current));
        current.dispose();
        return values;
      });
      const out = mix(float32Values(original), outputs, t);
      original.dispose();
      return tf.tensor4d(out, images.shape, 'float32');
    },

    describeSample(t) {
      const params: SampleParams = {
        mix_weight: t.mixWeight,
        chain_weights: Array.from(t.chainWeights),
        op_choices: [...t.choices],
      };
      t.chains.forEach((steps, c) => {
        params[`chain ${c + 1}`] = steps.length ? steps.map((s) => ops[s.op].className).join(' → ') : '(none)';
        steps.forEach((s, k) => opParams(`chain ${c + 1}.${k + 1}.`, ops[s.op], s.transformation, 0, params));
      });
      return params;
    },

    parseTransformation(json, shape) {
      const usage =
        `AugMix transformation must be {"chain_weights": [${numChains} numbers], "mix_weight": number, ` +
        `"chains": [${numChains} lists of {"op": "<op>", "transformation": ...}]}`;
      const obj = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
      const weights = obj?.chain_weights;
      const chainsJson = obj?.chains;
      if (!obj || !Array.isArray(weights) || weights.length !== numChains || !weights.every(isFiniteNumber) || !isFiniteNumber(obj.mix_weight)) throw new LayerConfigError(usage);
      if (!Array.isArray(chainsJson) || chainsJson.length !== numChains || Object.keys(obj).length !== 3) throw new LayerConfigError(usage);
      const chains = chainsJson.map((steps: unknown, c) => {
        if (!Array.isArray(steps) || steps.length > depth) throw new LayerConfigError(`AugMix transformation: chain ${c + 1} must list at most ${depth} ops`);
        return steps.map((step: unknown): ChainStep => {
          const s = step as { op?: unknown; transformation?: unknown } | null;
          const op = ops.findIndex((o) => o.className === s?.op);
          if (op < 0) throw new LayerConfigError(`AugMix transformation: chain ${c + 1} has op ${JSON.stringify(s?.op)}, not one of ${ops.map((o) => o.className).join(', ')}`);
          return { op, transformation: ops[op].parseTransformation(s?.transformation, shape) };
        });
      });
      const choices = chains.flatMap((steps) => [...steps.map((s) => s.op), ...new Array<number>(depth - steps.length).fill(ops.length)]);
      return { chainWeights: Float32Array.from(weights), mixWeight: f32(obj.mix_weight), chains, choices };
    },

    outputRange: (range) => {
      // Clipped to value_range after a convex mix of the image and its chains.
      const reach = opsOutputRange(ops, range, depth);
      return [Math.max(Math.min(reach[0], vHi), vLo), Math.max(Math.min(reach[1], vHi), vLo)];
    },

    describe(): LayerDescription {
      return {
        summary: phrase('Mixes each image with {0} chains of up to {1} random operations, then blends the mix with the original, while training.', numChains, depth),
        details: [
          phrase('Chain weights ~ Dirichlet({0}) and the original\'s share m ~ Beta({0}, {0}), drawn once per batch; the result is clipped to value_range.', alpha),
          phrase('Each slot picks one of {0} ops or none, with equal chances ({1} % none). Keras picks with Python\'s unseeded random, so its picks cannot be replayed; the preview draws them from its own seed.', ops.length, Math.round(100 / (ops.length + 1))),
          phrase('Each op gets factor {0}–{1}.', factor[0], factor[1]),
          ...opPhrases(ops),
        ],
        inference: UNCHANGED_AT_INFERENCE,
        versionNotes: [],
      };
    },
  };
}

export const augMix: LayerFactory = { className: 'AugMix', versions: [3], create };
