import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { decodeImage, ImageDecodeError, MAX_PIXELS } from '../../../src/images/decode';
import { isImageFileName, readImageHeader } from '../../../src/images/imageFormats';

const repo = path.resolve(__dirname, '../../../..');
const example = (name: string) => readFileSync(path.join(repo, 'example', 'images', name));

/** A PNG signature and IHDR chunk claiming the given size, with no image data after it. */
function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(33);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

async function decodeError(bytes: Uint8Array, name: string): Promise<string> {
  try {
    await decodeImage(bytes, name);
  } catch (err) {
    assert.ok(err instanceof ImageDecodeError, `expected ImageDecodeError, got ${String(err)}`);
    return err.message;
  }
  assert.fail('decoded without error');
}

describe('image decoding', () => {
  it('decodes the example photos to RGBA at their real size', async () => {
    const png = await decodeImage(example('chelsea.png'), 'chelsea.png');
    assert.deepEqual([png.width, png.height, png.data.length], [451, 300, 451 * 300 * 4]);
    const jpg = await decodeImage(example('coffee.jpg'), 'coffee.jpg');
    assert.deepEqual([jpg.width, jpg.height], [600, 400]);
  });

  it('reads sizes from headers without decoding', () => {
    assert.deepEqual(readImageHeader(example('chelsea.png')), { format: 'png', width: 451, height: 300 });
    assert.deepEqual(readImageHeader(example('rocket.jpg')), { format: 'jpeg', width: 640, height: 427 });
  });

  it('refuses a huge image from its header, naming its size', async () => {
    const message = await decodeError(pngHeader(20000, 20000), 'huge.png');
    assert.match(message, /huge\.png is 20000×20000 pixels/);
    assert.ok(20000 * 20000 > MAX_PIXELS);
  });

  it('says a file with a PNG signature but a damaged header is corrupt', async () => {
    const bytes = new Uint8Array([...pngHeader(1, 1).subarray(0, 8), ...new TextEncoder().encode('this is not a png at all')]);
    assert.match(await decodeError(bytes, 'broken.png'), /broken\.png is corrupt/);
  });

  it('says a truncated PNG could not be decoded', async () => {
    const bytes = example('chelsea.png').subarray(0, 2000);
    assert.match(await decodeError(bytes, 'cut.png'), /cut\.png could not be decoded as PNG/);
  });

  it('says what it expected for text and empty files', async () => {
    assert.match(await decodeError(new TextEncoder().encode('hello'), 'notes.png'), /not a PNG, JPEG, BMP, GIF or TIFF image/);
    assert.match(await decodeError(new Uint8Array(0), 'empty.png'), /empty\.png is empty/);
  });

  it('recognises image file names case-insensitively', () => {
    for (const name of ['a.png', 'b.JPG', 'c.jpeg', 'd.Bmp', 'e.gif', 'f.tif', 'g.TIFF']) assert.ok(isImageFileName(name), name);
    for (const name of ['a.txt', 'png', 'a.png.bak', 'model.py']) assert.ok(!isImageFileName(name), name);
  });
});
