// What a configured layer does, in this configuration's numbers, for hovers and the CLI. Text is
// English with {0}-style placeholders; the extension localises `message` as a key (vscode.l10n.t),
// so the engine stays free of the editor and every language reads the same numbers.

import type { Phrase, PhraseArg } from '../../pipeline/model';

export type { Phrase, PhraseArg } from '../../pipeline/model';

export interface LayerDescription {
  /** One sentence: what the layer does. */
  readonly summary: Phrase;
  /** This configuration made concrete: ranges in degrees, pixels, percentages; fill behaviour. */
  readonly details: readonly Phrase[];
  /** What happens with training=False (model.predict, evaluate). */
  readonly inference: Phrase;
  /** How Keras 2 and Keras 3 differ for this layer, when they do. */
  readonly versionNotes: readonly Phrase[];
}

/** The model's input size when known, so descriptions can speak in pixels. */
export interface DescribeContext {
  readonly inputSize?: { readonly height: number; readonly width: number };
  /**
   * The nominal value range of the images reaching this layer (the earlier layers' outputRange
   * from [0, 255]), so the colour layers can say when their value_range does not match it.
   */
  readonly inputRange?: readonly [number, number];
}

export function phrase(message: string, ...args: PhraseArg[]): Phrase {
  return args.length ? { message, args } : { message };
}

/**
 * English rendering (the CLI; tests), or with `translate` any language. Numbers are shown with at
 * most 3 significant decimals; nested phrases are rendered the same way.
 */
export function formatPhrase(p: Phrase, translate: (message: string) => string = (m) => m): string {
  const template = translate(p.message);
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = p.args?.[Number(i)];
    return v === undefined ? whole : typeof v === 'number' ? formatNumber(v) : typeof v === 'string' ? v : formatPhrase(v, translate);
  });
}

export function formatNumber(v: number): string {
  if (Number.isInteger(v)) return String(v);
  const rounded = Math.abs(v) >= 10 ? v.toFixed(1) : Math.abs(v) >= 0.1 ? v.toFixed(2) : v.toPrecision(3);
  return String(Number(rounded));
}

export const UNCHANGED_AT_INFERENCE = phrase('At inference (training=False) images pass through unchanged: model.predict() never sees this augmentation.');

/** How pixels that come from outside the image are filled, for the geometric layers. */
export function fillModePhrase(fillMode: string, fillValue: number, interpolation: string): Phrase {
  switch (fillMode) {
    case 'reflect':
      return phrase('Areas uncovered by the transform are filled by reflecting the image at its edges (fill_mode="reflect").');
    case 'wrap':
      return phrase('Areas uncovered by the transform are filled by tiling the image (fill_mode="wrap"; TensorFlow wraps exactly only for offsets smaller than the image).');
    case 'nearest':
      return phrase('Areas uncovered by the transform repeat the nearest edge pixel (fill_mode="nearest").');
    default:
      return interpolation === 'bilinear'
        ? phrase('Areas uncovered by the transform are filled with {0} (fill_mode="constant"); with bilinear interpolation the border pixels blend into it.', fillValue)
        : phrase('Areas uncovered by the transform are filled with {0} (fill_mode="constant").', fillValue);
  }
}
