// A correct Transform kernel (tf.image.transform) for the tfjs 'cpu' backend. The one tfjs-cpu
// 4.22 ships returns from inside its batch loop, so images 1..B−1 come back as the fill value
// (tfjs-notes.md §2.1); this one runs the engine's projectiveTransform on every image.
// (The wasm backend's Transform has a different bug, reflect at negative coordinates; the engine
// does not use wasm. If it ever does, fix it next to this file the same way.)
import * as tf from '@tensorflow/tfjs-core';
import type { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import type { FillMode } from './kernels/fillModes';
import { projectiveTransform, type Interpolation } from './kernels/projectiveTransform';

function transformKernel({ inputs, attrs, backend }: Parameters<tf.KernelFunc>[0]): tf.TensorInfo {
  const cpu = backend as MathBackendCPU;
  const { image, transforms } = inputs as { image: tf.TensorInfo; transforms: tf.TensorInfo };
  const { interpolation, fillMode, fillValue, outputShape } = attrs as unknown as {
    interpolation: Interpolation;
    fillMode: FillMode;
    fillValue: number;
    outputShape?: [number, number] | null;
  };
  const [batch, height, width, channels] = image.shape;
  const [outHeight, outWidth] = outputShape ?? [height, width];
  const values = asFloat32(cpu.data.get(image.dataId).values);
  const matrices = asFloat32(cpu.data.get(transforms.dataId).values);
  const out = projectiveTransform(values, { batch, height, width, channels }, matrices, {
    interpolation,
    fillMode,
    fillValue,
    outHeight,
    outWidth,
  });
  const outShape = [batch, outHeight, outWidth, channels];
  // TF casts the float result back to the image's type (truncating for integers).
  const typed = image.dtype === 'float32' ? out : Int32Array.from(out);
  return cpu.makeTensorInfo(outShape, image.dtype, typed);
}

function asFloat32(values: unknown): Float32Array {
  if (values instanceof Float32Array) return values;
  return Float32Array.from(values as ArrayLike<number>);
}

/** Replaces tfjs-cpu's Transform with the correct one; idempotent. */
export function registerCpuTransformKernel(): void {
  const existing = tf.getKernel(tf.Transform, 'cpu');
  if (existing?.kernelFunc === transformKernel) return;
  if (existing) tf.unregisterKernel(tf.Transform, 'cpu');
  tf.registerKernel({ kernelName: tf.Transform, backendName: 'cpu', kernelFunc: transformKernel as tf.KernelFunc });
}
