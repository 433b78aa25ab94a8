// TF.js for the engine: tfjs-core with the cpu backend (the engine's hot paths are its own
// typed-array kernels, so nothing faster is needed), production mode (no console banner), and
// the kernels tfjs-cpu gets wrong replaced by correct ones. (The engine does not use the wasm
// backend, whose Transform maps reflect wrongly below 0; the cpu fix is cpuTransformKernel.ts,
// and a wasm fix would be registered beside it.)
import * as tf from '@tensorflow/tfjs-core';
// Registers the 'cpu' backend and its kernels. The bundle keeps this side-effect import because
// scripts/build.mjs resolves the ESM entry (mainFields module,main).
import '@tensorflow/tfjs-backend-cpu';
import { registerCpuTransformKernel } from './cpuTransformKernel';

let ready: Promise<void> | undefined;

/** Prepares TF.js once; later calls return the same promise. */
export function ensureBackend(): Promise<void> {
  ready ??= init();
  return ready;
}

async function init(): Promise<void> {
  tf.env().set('PROD', true);
  registerCpuTransformKernel();
  if (!(await tf.setBackend('cpu'))) throw new Error('TF.js cpu backend could not be initialised');
  await tf.ready();
}
