import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initParser } from '../../../src/parse';
import { findWasmDir, initTreeSitter, wasmDirCandidates } from '../../../src/parse/treeSitter';
import './helpers';

describe('parse: loading tree-sitter', () => {
  it('looks beside the bundle first, then in node_modules up the tree', () => {
    const c = wasmDirCandidates(join('/x', 'dist'));
    assert.equal(c[0], join('/x', 'dist', 'wasm'));
    assert.equal(c[1], join('/x', 'dist', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'));
    assert.equal(c[2], join('/x', 'node_modules', '@vscode', 'tree-sitter-wasm', 'wasm'));
  });

  it('finds the installed wasm files when run unbundled', () => {
    assert.match(findWasmDir(), /node_modules[\\/]@vscode[\\/]tree-sitter-wasm[\\/]wasm$/);
  });

  it('says where it looked when the wasm files are missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'ap-nowasm-'));
    try {
      assert.throws(() => findWasmDir({ wasmDir: empty }), /tree-sitter wasm files not found \(looked in .*ap-nowasm-/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('initialises once, however often it is asked', async () => {
    const [a, b] = await Promise.all([initTreeSitter(), initTreeSitter()]);
    assert.equal(a, b);
    await initParser();
    assert.equal(await initTreeSitter(), a);
  });
});
