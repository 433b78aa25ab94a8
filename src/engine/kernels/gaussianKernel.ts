// The 2-D kernel of Keras 3's gaussian_blur on the TF backend (keras-layers.md §1.10), in float32.
// k(i) = exp(−½·((i − (n−1)/2)/σ)²), normalised to sum 1. TF builds outer(k_y, k_x) with k_x from
// (size[0], σ[0]) and k_y from (size[1], σ[1]), then reshapes it to size[0] × size[1]: for a
// non-square size this scrambles the kernel, and the engine does the same.
import type { Kernel2d } from './depthwiseConv';
import { f32 } from './float32';

export function gaussianKernel1d(size: number, sigma: number): Float32Array {
  const centre = f32(f32(size - 1) / 2);
  const s = f32(sigma);
  const k = new Float32Array(size);
  let sum = 0;
  for (let i = 0; i < size; i++) {
    const t = f32(f32(i - centre) / s);
    k[i] = f32(Math.exp(f32(-0.5 * f32(t * t))));
    sum = f32(sum + k[i]);
  }
  for (let i = 0; i < size; i++) k[i] = f32(k[i] / sum);
  return k;
}

/** `size` = (size₀, size₁) as Keras's kernel_size, `sigma` = (σ₀, σ₁) as its drawn blur factor. */
export function gaussianKernel2d(size: readonly [number, number], sigma: readonly [number, number]): Kernel2d {
  const kx = gaussianKernel1d(size[0], sigma[0]);
  const ky = gaussianKernel1d(size[1], sigma[1]);
  // tensordot(k_y, k_x, axes=0), flattened row-major, read back as size[0] rows of size[1].
  const weights = new Float32Array(size[0] * size[1]);
  for (let i = 0; i < ky.length; i++) {
    for (let j = 0; j < kx.length; j++) weights[i * kx.length + j] = f32(ky[i] * kx[j]);
  }
  return { rows: size[0], cols: size[1], weights };
}
