// TF computes these kernels in float32. JS numbers are doubles, so the kernels round each
// intermediate result with Math.fround where TF rounds. For +, -, *, / of two float32 values,
// computing in double and rounding once gives exactly the float32 result (53 >= 2*24 + 2 bits),
// so fround(a op b) reproduces TF bit for bit.

export const f32 = Math.fround;

/** C's std::round: halves go away from zero (2.5 → 3, −0.5 → −1), unlike Math.round (−0.5 → −0). */
export function roundHalfAwayFromZero(v: number): number {
  return v < 0 ? -Math.floor(0.5 - v) : Math.floor(v + 0.5);
}
