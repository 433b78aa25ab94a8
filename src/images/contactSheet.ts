// Lays a preview's tiles out on one image: the training grid, then the training-off output,
// then the epoch strip, each section separated by a band so they read apart without text.
import type { PreviewResult, Tile } from '../engine/previewTypes';

export interface RgbaCanvas {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

const GAP = 6;
const SECTION_GAP = 18;
const BACKGROUND = [30, 30, 30];
const BAND = [70, 70, 70];

interface Placement {
  readonly tile: Tile;
  readonly x: number;
  readonly y: number;
}

export function composeSheet(result: PreviewResult): RgbaCanvas {
  const placements: Placement[] = [];
  const bands: number[] = [];
  let y = GAP;
  let width = 0;
  const section = (tiles: readonly Tile[], columns: number) => {
    if (tiles.length === 0) return;
    if (placements.length) {
      bands.push(y + (SECTION_GAP - GAP) / 2 - 1);
      y += SECTION_GAP - GAP;
    }
    const cellW = Math.max(...tiles.map((t) => t.width));
    const cellH = Math.max(...tiles.map((t) => t.height));
    tiles.forEach((tile, i) => {
      const col = i % columns;
      const row = Math.floor(i / columns);
      placements.push({ tile, x: GAP + col * (cellW + GAP), y: y + row * (cellH + GAP) });
    });
    const rows = Math.ceil(tiles.length / columns);
    width = Math.max(width, GAP + Math.min(columns, tiles.length) * (cellW + GAP));
    y += rows * (cellH + GAP);
  };
  section(result.training, Math.ceil(Math.sqrt(result.training.length)));
  section([result.inference], 1);
  section(result.epochs, Math.max(1, result.epochs.length));
  const height = y;
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < width * height; p++) {
    rgba[p * 4] = BACKGROUND[0];
    rgba[p * 4 + 1] = BACKGROUND[1];
    rgba[p * 4 + 2] = BACKGROUND[2];
    rgba[p * 4 + 3] = 255;
  }
  for (const b of bands) {
    for (let x = 0; x < width; x++) {
      const p = (b * width + x) * 4;
      rgba[p] = BAND[0];
      rgba[p + 1] = BAND[1];
      rgba[p + 2] = BAND[2];
    }
  }
  for (const { tile, x, y: top } of placements) {
    for (let row = 0; row < tile.height; row++) {
      const src = row * tile.width * 4;
      rgba.set(tile.rgba.subarray(src, src + tile.width * 4), ((top + row) * width + x) * 4);
    }
  }
  return { width, height, rgba };
}
