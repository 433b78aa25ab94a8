// keras.layers.Pipeline (Keras 3 only; keras-layers.md §2.33): calls its layers in sequence,
// forwarding `training`. Each layer draws its own transformation when called, so sample() draws
// them in order, each for the shape the previous ones produce.
//
// `layers` arrives as Keras serializes it (Pipeline.get_config / from_config): a list of
// {"class_name": "RandomFlip", "config": {"mode": "horizontal"}}, "config" optional, other keys
// ("module", "registered_name") ignored. The parser gives nested layer calls in this form.
import type { KerasVersion, Value } from '../../pipeline/model';
import { float32Copy } from '../tensors';
import { phrase, UNCHANGED_AT_INFERENCE, type DescribeContext, type LayerDescription, type Phrase } from './description';
import { LayerConfigError, type BatchShape, type ConfiguredLayer, type KerasDtype, type LayerContext, type LayerFactory, type SampleParams } from './layer';
import { pyRepr } from './python';

/** One serialized layer of the list: its class name and keyword arguments. */
function readEntry(entry: Value, index: number): { className: string; config: Record<string, Value> } {
  const obj = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry : undefined;
  const config = obj?.config ?? {};
  if (!obj || typeof obj.class_name !== 'string' || typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new LayerConfigError(
      `Pipeline: layer ${index + 1} must be a layer, given as {"class_name": "...", "config": {...}}. Received: ${pyRepr(entry)}`,
    );
  }
  return { className: obj.class_name, config };
}

/** Label keys: the sub-layer's class name, numbered when it occurs more than once. */
function labelPrefixes(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return names.filter((m) => m === n).length > 1 ? `${n} #${k}` : n;
  });
}

function create(args: Readonly<Record<string, Value>>, version: KerasVersion, context?: LayerContext): ConfiguredLayer<unknown[]> {
  const build = context?.createLayer;
  if (!build) throw new Error('Pipeline is built through the registry (createLayer)');
  const list = args.layers;
  if (!Array.isArray(list)) {
    throw new LayerConfigError(`Pipeline: \`layers\` must be a list of layers. Received: layers=${pyRepr(list)}`);
  }
  if (list.length === 0) {
    // Keras accepts it and fails when called, reading the output of a loop that never ran.
    throw new LayerConfigError("Pipeline: `layers` is empty; Keras fails when it is called (cannot access local variable 'outputs' where it is not associated with a value)");
  }
  const layers = list.map((entry, i) => {
    const { className, config } = readEntry(entry, i);
    try {
      return build(className, config, version);
    } catch (err) {
      // Keep the error's class (a bad argument, or a layer the preview lacks); say where it is.
      if (err instanceof Error) err.message = `Pipeline layer ${i + 1} (${className}): ${err.message}`;
      throw err;
    }
  });
  const prefixes = labelPrefixes(layers.map((l) => l.className));
  const shapeAfter = (layer: ConfiguredLayer, shape: BatchShape, t: unknown, training: boolean) => layer.outputShape?.(shape, t, training) ?? shape;

  return {
    className: 'Pipeline',
    version,
    config: { ...args },
    activeAtInference: layers.some((l) => l.activeAtInference),

    sample(shape, rng) {
      let current = shape;
      return layers.map((layer) => {
        const t = layer.sample(current, rng);
        current = shapeAfter(layer, current, t, true);
        return t;
      });
    },

    apply(images, t, training, dtype) {
      let current = images;
      let currentDtype: KerasDtype = dtype ?? 'float32';
      try {
        layers.forEach((layer, k) => {
          const next = layer.apply(current, training ? t?.[k] : undefined, training, currentDtype);
          currentDtype = layer.outputDtype?.(currentDtype, training) ?? 'float32';
          if (current !== images) current.dispose();
          current = next;
        });
      } catch (err) {
        if (current !== images) current.dispose();
        throw err;
      }
      return current === images ? float32Copy(images) : current;
    },

    outputDtype: (input, training) => layers.reduce((d, l) => l.outputDtype?.(d, training) ?? 'float32', input),

    outputShape(input, t, training) {
      return layers.reduce((shape, layer, k) => shapeAfter(layer, shape, training ? t?.[k] : undefined, training), input);
    },

    describeSample(t, index) {
      const params: SampleParams = {};
      layers.forEach((layer, k) => {
        for (const [key, v] of Object.entries(layer.describeSample(t[k], index))) params[`${prefixes[k]}.${key}`] = v;
      });
      return params;
    },

    parseTransformation(json, shape) {
      if (!Array.isArray(json) || json.length !== layers.length) {
        throw new LayerConfigError(`Pipeline transformation must be a list of ${layers.length} transformations, one per layer (null where a layer states nothing)`);
      }
      let current = shape;
      return layers.map((layer, k) => {
        const t = layer.parseTransformation(json[k], current);
        current = shapeAfter(layer, current, t, true);
        return t;
      });
    },

    outputRange: (range) => layers.reduce((r, l) => l.outputRange(r), range),

    describe(context: DescribeContext): LayerDescription {
      const details: Phrase[] = [];
      let size = context.inputSize;
      layers.forEach((layer, k) => {
        const d = layer.describe(size ? { inputSize: size } : {});
        details.push(phrase('{0}. {1}:', k + 1, layer.className), d.summary, ...d.details);
        if (size) {
          const next = shapeAfter(layer, { batch: 1, height: size.height, width: size.width, channels: 3 }, undefined, false);
          size = { height: next.height, width: next.width };
        }
      });
      const active = layers.filter((l) => l.activeAtInference).map((l) => l.className);
      return {
        summary: phrase('Applies {0} layers in order: {1}.', layers.length, layers.map((l) => l.className).join(' → ')),
        details,
        inference: active.length ? phrase('At inference only these act: {0}; the others pass images through.', active.join(', ')) : UNCHANGED_AT_INFERENCE,
        versionNotes: [],
      };
    },
  };
}

export const pipelineLayer: LayerFactory = { className: 'Pipeline', versions: [3], create };
