// Reads one file out of a zip archive (a .keras model is a zip holding config.json), with
// Node's zlib for the deflated data: enough of the format for that, zip64 included, and no
// dependency for it.
import { inflateRawSync } from 'node:zlib';
import type { Phrase } from '../../pipeline/model';
import { phrase } from '../phrases';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** config.json is small; a bigger entry is not a model config. */
const MAX_ENTRY = 64 * 1024 * 1024;

export function readZipEntry(bytes: Uint8Array, name: string): Uint8Array | { error: Phrase } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  const u64 = (at: number) => (at + 8 <= bytes.length ? Number(view.getBigUint64(at, true)) : -1);
  let eocd = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65535); at--) {
    if (u32(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return { error: phrase('not a zip archive (no end of central directory)') };
  let count = u16(eocd + 10);
  let dir = u32(eocd + 16);
  if ((dir === 0xffffffff || count === 0xffff) && u32(eocd - 20) === ZIP64_LOCATOR) {
    const z64 = u64(eocd - 20 + 8);
    if (u32(z64) === ZIP64_EOCD) {
      count = u64(z64 + 32);
      dir = u64(z64 + 48);
    }
  }
  for (let at = dir, k = 0; k < count && u32(at) === CENTRAL; k++) {
    const method = u16(at + 10);
    let compressed = u32(at + 20);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let local = u32(at + 42);
    const entryName = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (entryName === name) {
      // zip64 sizes and offsets live in the extra field when the 32-bit ones are saturated.
      for (let e = at + 46 + nameLength; e < at + 46 + nameLength + extraLength; e += 4 + u16(e + 2)) {
        if (u16(e) !== 1) continue;
        let f = e + 4;
        if (u32(at + 24) === 0xffffffff) f += 8;
        if (compressed === 0xffffffff) { compressed = u64(f); f += 8; }
        if (local === 0xffffffff) local = u64(f);
      }
      if (u32(local) !== LOCAL) return { error: phrase('bad local header for {0}', name) };
      if (compressed > MAX_ENTRY) return { error: phrase('{0} is too large to be a model config', name) };
      const data = local + 30 + u16(local + 26) + u16(local + 28);
      const raw = bytes.subarray(data, data + compressed);
      if (method === 0) return raw;
      if (method === 8) {
        try {
          return inflateRawSync(raw, { maxOutputLength: MAX_ENTRY });
        } catch (err) {
          return { error: phrase('cannot inflate {0}: {1}', name, (err as Error).message) };
        }
      }
      return { error: phrase('{0} uses zip compression method {1}, which is not supported', name, method) };
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { error: phrase('no {0} in the archive', name) };
}
