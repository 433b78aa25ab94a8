// (c) Real Keras 3 on TF-CPU, one timed call at a time (bench/keras_bench.py --serve), so the
// bench can alternate engine and Keras runs and both see the same machine load.
import { execFileSync, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import * as readline from 'node:readline';
import type { Timing } from './engineTiming';

export interface KerasServer {
  readonly versions: { keras: string; tensorflow: string };
  /**
   * One call in `mode` (the pipeline eagerly or traced, or layer k alone) at `size`: wall ms and
   * the Python process's CPU ms (import excluded; the first call of a mode and size includes tracing).
   */
  time(mode: 'eager' | 'graph' | `layer${number}`, size: number): Promise<Timing>;
  close(): void;
}

function oraclePython(root: string): string {
  return process.env.ORACLE_PYTHON ?? execFileSync('bash', [path.join(root, 'scripts/ensure-python-deps.sh')], { encoding: 'utf8' }).trim();
}

export async function startKeras(root: string): Promise<KerasServer> {
  const child: ChildProcessWithoutNullStreams = spawn(oraclePython(root), [path.join(root, 'bench/keras_bench.py'), '--serve'], {
    cwd: root,
    env: { ...process.env, TF_CPP_MIN_LOG_LEVEL: '3' },
  });
  const lines = readline.createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<Record<string, unknown>> => {
    const line = await lines.next();
    if (line.done) throw new Error('keras_bench.py --serve ended early (is the oracle venv installed?)');
    return JSON.parse(line.value) as Record<string, unknown>;
  };
  const versions = (await next()) as { keras: string; tensorflow: string };
  return {
    versions,
    async time(mode, size) {
      child.stdin.write(`${mode} ${size}\n`);
      const answer = await next();
      return { ms: answer.ms as number, cpuMs: answer.cpu_ms as number };
    },
    close() {
      child.stdin.end('quit\n');
    },
  };
}
