// A 2-D convolution with zero ("SAME") padding by a kernel that is the outer product of one 1-D
// kernel with itself, done as two 1-D passes: what Keras's gaussian_blur computes with a
// depthwise convolution, in O(k) instead of O(k²) per pixel (the elastic transform's kernels reach
// 6σ + 1 taps, 67 at 224 px). Single-channel fields; sums in double, rounded once per pass.
export function blurSeparable(values: Float32Array, batch: number, height: number, width: number, kernel: Float32Array): Float32Array {
  const radius = (kernel.length - 1) >> 1;
  const across = new Float32Array(values.length);
  const out = new Float32Array(values.length);
  for (let b = 0; b < batch; b++) {
    const base = b * height * width;
    for (let y = 0; y < height; y++) {
      const row = base + y * width;
      for (let x = 0; x < width; x++) {
        let sum = 0;
        const j0 = Math.max(0, radius - x);
        const j1 = Math.min(kernel.length, width + radius - x);
        for (let j = j0; j < j1; j++) sum += kernel[j] * values[row + x + j - radius];
        across[row + x] = sum;
      }
    }
    for (let y = 0; y < height; y++) {
      const i0 = Math.max(0, radius - y);
      const i1 = Math.min(kernel.length, height + radius - y);
      for (let x = 0; x < width; x++) {
        let sum = 0;
        for (let i = i0; i < i1; i++) sum += kernel[i] * across[base + (y + i - radius) * width + x];
        out[base + y * width + x] = sum;
      }
    }
  }
  return out;
}
