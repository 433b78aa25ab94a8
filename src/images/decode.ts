// Image bytes → RGBA pixels with jimp (pure JS: PNG, JPEG, BMP, GIF, TIFF), refusing input
// that would stall or exhaust the engine's worker with a message a user can act on.
import { Jimp } from 'jimp';
import { readImageHeader } from './imageFormats';

export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  /** Row-major RGBA, 4 bytes a pixel. */
  readonly data: Uint8Array;
}

/** Bad or oversized input; the message is shown to users as is. */
export class ImageDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageDecodeError';
  }
}

/** jimp's pure-JS JPEG decoder needs ~50 bytes a pixel at peak (608 MiB for 12 MP). */
export const MAX_PIXELS = 40_000_000;
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export async function decodeImage(bytes: Uint8Array, name = 'image'): Promise<RgbaImage> {
  if (bytes.length === 0) throw new ImageDecodeError(`${name} is empty`);
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImageDecodeError(`${name} is ${(bytes.length / 2 ** 20).toFixed(0)} MiB; images over ${MAX_FILE_BYTES / 2 ** 20} MiB are not previewed`);
  }
  const header = readImageHeader(bytes);
  if (!header) throw new ImageDecodeError(`${name} is not a PNG, JPEG, BMP, GIF or TIFF image`);
  if (header.corrupt) throw new ImageDecodeError(`${name} is corrupt: it starts like a ${header.format.toUpperCase()} file but its header is damaged`);
  if (header.width !== undefined && header.height !== undefined) {
    if (header.width * header.height > MAX_PIXELS) {
      throw new ImageDecodeError(
        `${name} is ${header.width}×${header.height} pixels; images over ${MAX_PIXELS / 1e6} megapixels are not previewed (downscale it first)`,
      );
    }
    if (header.width === 0 || header.height === 0) throw new ImageDecodeError(`${name} has no pixels (${header.width}×${header.height})`);
  }
  let image;
  try {
    image = await Jimp.fromBuffer(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new ImageDecodeError(`${name} could not be decoded as ${header.format.toUpperCase()} (${why})`);
  }
  const { width, height, data } = image.bitmap;
  if (width * height > MAX_PIXELS) throw new ImageDecodeError(`${name} is ${width}×${height} pixels; too large to preview`);
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}
