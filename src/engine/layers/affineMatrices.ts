// The inverse-mapping rows ([a0,a1,a2,b0,b1,b2,c0,c1], keras-layers.md §1.7) Keras builds for its
// geometric layers, computed in float32 op by op as TF evaluates them, so the projective kernel
// samples the same coordinates. (TF's float32 sin/cos can differ from the correctly rounded
// value by one ulp; that is the only expected difference.)
import { f32 } from '../kernels/float32';

const DEG_TO_RAD32 = f32(Math.PI / 180);

export interface AffineParams {
  /** Degrees. */
  readonly angle: number;
  readonly translateX?: number;
  readonly translateY?: number;
  readonly scale?: number;
  /** Degrees. */
  readonly shearX?: number;
  readonly shearY?: number;
}

/**
 * Keras 3 BaseImagePreprocessingLayer._compute_affine_matrix with the centre at the middle of
 * the image (center_x = center_y = 0.5), written into `out` at `offset`.
 */
export function keras3AffineMatrix(p: AffineParams, height: number, width: number, out: Float32Array, offset = 0): void {
  const angle = f32(f32(p.angle) * DEG_TO_RAD32);
  const shx = f32(Math.tan(f32(f32(p.shearX ?? 0) * DEG_TO_RAD32)));
  const shy = f32(Math.tan(f32(f32(p.shearY ?? 0) * DEG_TO_RAD32)));
  const scale = f32(p.scale ?? 1);
  const tx = f32(p.translateX ?? 0);
  const ty = f32(p.translateY ?? 0);
  const cx = f32(0.5 * f32(width - 1));
  const cy = f32(0.5 * f32(height - 1));
  const cos = f32(Math.cos(angle));
  const sin = f32(Math.sin(angle));
  const a0 = f32(scale * f32(cos + f32(shx * sin)));
  const a1 = f32(scale * f32(-sin + f32(shx * cos)));
  const b0 = f32(scale * f32(f32(shy * cos) + sin));
  const b1 = f32(scale * f32(f32(shy * -sin) + cos));
  out[offset] = a0;
  out[offset + 1] = a1;
  out[offset + 2] = f32(f32(f32(tx + cx) - f32(cx * a0)) - f32(cy * a1));
  out[offset + 3] = b0;
  out[offset + 4] = b1;
  out[offset + 5] = f32(f32(f32(ty + cy) - f32(cx * b0)) - f32(cy * b1));
  out[offset + 6] = 0;
  out[offset + 7] = 0;
}

/** Keras 2 get_rotation_matrix (tf_keras image_preprocessing.py) for an angle in radians. */
export function keras2RotationMatrix(radians: number, height: number, width: number, out: Float32Array, offset = 0): void {
  const angle = f32(radians);
  const cos = f32(Math.cos(angle));
  const sin = f32(Math.sin(angle));
  const w1 = f32(width - 1);
  const h1 = f32(height - 1);
  out[offset] = cos;
  out[offset + 1] = -sin;
  out[offset + 2] = f32(f32(w1 - f32(f32(cos * w1) - f32(sin * h1))) / 2);
  out[offset + 3] = sin;
  out[offset + 4] = cos;
  out[offset + 5] = f32(f32(h1 - f32(f32(sin * w1) + f32(cos * h1))) / 2);
  out[offset + 6] = 0;
  out[offset + 7] = 0;
}
