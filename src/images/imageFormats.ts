// Which files are images we preview, and their pixel size read from the header alone,
// so a 20,000 × 20,000 PNG is refused before anything tries to decode it.

/** File extensions offered the "Preview Augmentations" command (lower case, with the dot). */
export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.bmp', '.gif', '.tif', '.tiff'];

export function isImageFileName(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && IMAGE_EXTENSIONS.includes(name.slice(dot).toLowerCase());
}

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'bmp' | 'tiff';

export interface ImageHeader {
  readonly format: ImageFormat;
  /** Undefined when the header does not say (or we do not read it for this format). */
  readonly width?: number;
  readonly height?: number;
  /** The signature matched but the header after it is damaged. */
  readonly corrupt?: boolean;
}

/** Recognises the format from magic bytes; undefined when the bytes are not an image we decode. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const b = bytes;
  const u16be = (i: number) => (b[i] << 8) | b[i + 1];
  const u32be = (i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
  const u16le = (i: number) => b[i] | (b[i + 1] << 8);
  const i32le = (i: number) => b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24);
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    // The first chunk must be IHDR (length 13): only then are bytes 16..23 the size.
    const ihdr = b.length >= 24 && u32be(8) === 13 && b[12] === 0x49 && b[13] === 0x48 && b[14] === 0x44 && b[15] === 0x52;
    return ihdr ? { format: 'png', width: u32be(16), height: u32be(20) } : { format: 'png', corrupt: true };
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) {
    return { format: 'jpeg', ...jpegSize(b) };
  }
  if (b.length >= 10 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46) {
    return { format: 'gif', width: u16le(6), height: u16le(8) };
  }
  if (b.length >= 26 && b[0] === 0x42 && b[1] === 0x4d) {
    return { format: 'bmp', width: Math.abs(i32le(18)), height: Math.abs(i32le(22)) };
  }
  if (b.length >= 4 && ((b[0] === 0x49 && b[1] === 0x49 && b[2] === 0x2a) || (b[0] === 0x4d && b[1] === 0x4d && u16be(2) === 42))) {
    return { format: 'tiff' };
  }
  return undefined;
}

/** Walks JPEG segments to the first start-of-frame marker, which holds the size. */
function jpegSize(b: Uint8Array): { width?: number; height?: number } {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return {};
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++;
      continue;
    }
    const length = (b[i + 2] << 8) | b[i + 3];
    const isStartOfFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isStartOfFrame) return { height: (b[i + 5] << 8) | b[i + 6], width: (b[i + 7] << 8) | b[i + 8] };
    i += 2 + length;
  }
  return {};
}
