// Checks of arguments several layers share (data_format, fill_mode, interpolation, numbers),
// raising with the message the given Keras version raises.
import type { KerasVersion, Value } from '../../pipeline/model';
import { FILL_MODES, type FillMode } from '../kernels/fillModes';
import { INTERPOLATIONS, type Interpolation } from '../kernels/projectiveTransform';
import { LayerConfigError } from './layer';
import { pyStr, pyTuple } from './python';

/**
 * Keras 3 standardize_data_format. The engine always holds images channels-last, so either
 * value previews the same pixels; it is validated, then not needed.
 */
export function checkDataFormat(value: Value | undefined): void {
  if (value === null || value === undefined) return;
  const v = pyStr(value).toLowerCase();
  if (v !== 'channels_first' && v !== 'channels_last') {
    throw new LayerConfigError(
      "The `data_format` argument must be one of {'channels_first', 'channels_last'}. " + `Received: data_format=${v}`,
    );
  }
}

/**
 * fill_mode and interpolation of the geometric layers (RandomRotation, Zoom, Translation, ...).
 * FILL_MODES and INTERPOLATIONS are in the order Keras 3 lists them in its message.
 */
export function checkFillModeAndInterpolation(
  fillMode: Value | undefined,
  interpolation: Value | undefined,
  version: KerasVersion,
): { fillMode: FillMode; interpolation: Interpolation } {
  if (!FILL_MODES.includes(fillMode as FillMode)) {
    throw new LayerConfigError(
      version === 3
        ? `Unknown \`fill_mode\` ${pyStr(fillMode)}. Expected of one ${pyTuple(FILL_MODES)}.`
        : `Unknown \`fill_mode\` ${pyStr(fillMode)}. Only \`reflect\`, \`wrap\`, \`constant\` and \`nearest\` are supported.`,
    );
  }
  if (!INTERPOLATIONS.includes(interpolation as Interpolation)) {
    throw new LayerConfigError(
      version === 3
        ? `Unknown \`interpolation\` ${pyStr(interpolation)}. Expected of one ${pyTuple(INTERPOLATIONS)}.`
        : `Unknown \`interpolation\` ${pyStr(interpolation)}. Only \`nearest\` and \`bilinear\` are supported.`,
    );
  }
  return { fillMode: fillMode as FillMode, interpolation: interpolation as Interpolation };
}

/**
 * A numeric argument Keras only uses later, as a tensor (fill_value, scale, ...). Keras would fail
 * at call time with a TF cast error; the engine says so up front.
 */
export function requireNumber(layer: string, name: string, value: Value | undefined): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  throw new LayerConfigError(`${layer}: \`${name}\` must be a number. Received: ${name}=${pyStr(value)}`);
}
