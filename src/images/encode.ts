// RGBA pixels → PNG bytes, for the CLI's contact sheets and per-sample files.
import { Jimp } from 'jimp';

export async function encodePng(width: number, height: number, rgba: Uint8Array): Promise<Buffer> {
  const image = new Jimp({ width, height, data: Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength) });
  return image.getBuffer('image/png');
}
