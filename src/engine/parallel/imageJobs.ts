// The kernels a batch can be split into image by image, named, with their arguments as plain
// data, so that any thread (the caller's or an image thread, imageThread.ts) can compute images
// [from, to) of a job. Each image's output depends on that image alone, so however the images
// are shared out the result is the same, bit for bit.
import { toDisplayWords, valueBounds } from '../../images/pixels';
import { adjustContrast, type ChannelMean } from '../kernels/contrast';
import { flipImages } from '../kernels/flip';
import type { ImageBatchShape } from '../kernels/imageBatch';
import { projectiveTransform, type ProjectiveTransformOptions } from '../kernels/projectiveTransform';
import { scaleOffset } from '../kernels/scaleOffset';

/** Each kernel's arguments besides the arrays. */
export interface ImageKernelParams {
  flip: { readonly horizontal: readonly boolean[]; readonly vertical: readonly boolean[] };
  /** `transforms`: 8 values shared by the batch, or 8 per image. */
  projective: { readonly transforms: Float32Array; readonly options: ProjectiveTransformOptions };
  contrast: { readonly factors: Float32Array; readonly mode: ChannelMean; readonly lo: number; readonly hi: number };
  scaleOffset: { readonly scale: Float32Array; readonly offset: Float32Array };
  /** The preview's tiles: RGBA words for `range`, and each image's [min, max] into `bounds`. */
  display: { readonly range: readonly [number, number]; readonly bounds: Float32Array };
}

/** What each kernel writes: image batches, but RGBA words (one per pixel) for the display. */
interface ImageKernelOutputs {
  flip: Float32Array;
  projective: Float32Array;
  contrast: Float32Array;
  scaleOffset: Float32Array;
  display: Uint32Array;
}

export type ImageKernel = keyof ImageKernelParams;

/** A kernel with its arguments, before its arrays are chosen. */
export type ImageJobSpec = { [K in ImageKernel]: { readonly kernel: K; readonly params: ImageKernelParams[K] } }[ImageKernel];

/** The kernels that turn an image batch into another. */
export type BatchJobSpec = Exclude<ImageJobSpec, { kernel: 'display' }>;

/** A whole batch's work: `input` NHWC of `shape`, `output` NHWC of the kernel's output size. */
export type ImageJob = {
  [K in ImageKernel]: {
    readonly kernel: K;
    readonly params: ImageKernelParams[K];
    readonly input: Float32Array;
    readonly output: ImageKernelOutputs[K];
    readonly shape: ImageBatchShape;
  };
}[ImageKernel];

/**
 * Kernels whose output value i depends on input value i and on statistics of the image read
 * before any write: they may write over their input.
 */
export const ELEMENTWISE: Readonly<Record<ImageKernel, boolean>> = { flip: false, projective: false, contrast: true, scaleOffset: true, display: false };

/** The output's height and width (only the projective transform may change them). */
export function outputSize(job: ImageJobSpec, shape: ImageBatchShape): { height: number; width: number } {
  if (job.kernel === 'projective') return { height: job.params.options.outHeight ?? shape.height, width: job.params.options.outWidth ?? shape.width };
  return { height: shape.height, width: shape.width };
}

/** Computes images [from, to) of the job. */
export function runImages(job: ImageJob, from: number, to: number): void {
  const { shape } = job;
  const count = to - from;
  const part = { ...shape, batch: count };
  const inPer = shape.height * shape.width * shape.channels;
  const input = job.input.subarray(from * inPer, to * inPer);
  if (job.kernel === 'display') {
    const pixels = shape.height * shape.width;
    for (let i = from; i < to; i++) {
      const values = job.input.subarray(i * inPer, (i + 1) * inPer);
      toDisplayWords(values, pixels, shape.channels, job.params.range, job.output.subarray(i * pixels, (i + 1) * pixels));
      job.params.bounds.set(valueBounds(values), 2 * i);
    }
    return;
  }
  const { height, width } = outputSize(job, shape);
  const outPer = height * width * shape.channels;
  const output = job.output.subarray(from * outPer, to * outPer);
  switch (job.kernel) {
    case 'flip':
      flipImages(input, part, job.params.horizontal.slice(from, to), job.params.vertical.slice(from, to), output);
      return;
    case 'projective': {
      const t = job.params.transforms;
      projectiveTransform(input, part, t.length === 8 ? t : t.subarray(8 * from, 8 * to), job.params.options, output);
      return;
    }
    case 'contrast':
      adjustContrast(input, part, job.params.factors.subarray(from, to), job.params.mode, job.params.lo, job.params.hi, output);
      return;
    case 'scaleOffset':
      scaleOffset(input, shape.channels, job.params.scale, job.params.offset, output);
      return;
  }
}
