// The Keras version a project pins: tensorflow<2.16, keras<3 or tf-keras mean Keras 2;
// tensorflow>=2.16 or keras>=3 mean Keras 3. Read from requirements*.txt, pyproject.toml,
// setup.cfg, setup.py, environment.yml and Pipfile texts; pure, so the editor and the CLI share it.
import type { KerasVersionChoice } from '../../pipeline/model';
import { because, phrase } from '../phrases';

export function isPinFile(path: string): boolean {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? '';
  return /^requirements[\w.-]*\.(txt|in)$/i.test(name) || /^(pyproject\.toml|setup\.cfg|setup\.py|Pipfile|environment\.ya?ml)$/i.test(name);
}

const PACKAGE = /(?<![\w-])(tensorflow(?:-cpu|-gpu|-macos|-intel)?|tf[-_]keras|keras)(?![\w-])\s*(?:\[[^\]]*\])?\s*((?:(?:[<>!~=]=?|===)\s*[\w.*]+\s*,?\s*)*)/gi;

interface Verdict {
  readonly version: 2 | 3;
  /** The requirement as written, e.g. "tensorflow<2.16". */
  readonly why: string;
}

/** The version the pins imply (Keras 2 wins over Keras 3 when files disagree), or undefined. */
export function kerasVersionFromPins(files: readonly { readonly path: string; readonly text: string }[]): KerasVersionChoice | undefined {
  let three: KerasVersionChoice | undefined;
  for (const f of files) {
    if (!isPinFile(f.path)) continue;
    const name = f.path.replace(/\\/g, '/').split('/').pop();
    for (const raw of f.text.split('\n')) {
      const line = raw.replace(/(^|\s)#.*$/, '');
      PACKAGE.lastIndex = 0;
      for (let m = PACKAGE.exec(line); m; m = PACKAGE.exec(line)) {
        const v = verdict(m[1].toLowerCase().replace('_', '-'), m[2].trim(), m[0].trim());
        if (v?.version === 2) return { version: 2, ...because(phrase('{0} pins {1}', name ?? f.path, v.why)) };
        if (v && !three) three = { version: 3, ...because(phrase('{0} pins {1}', name ?? f.path, v.why)) };
      }
    }
  }
  return three;
}

function verdict(pkg: string, spec: string, written: string): Verdict | undefined {
  if (pkg === 'tf-keras') return { version: 2, why: written };
  const threshold = pkg === 'keras' ? [3, 0] : [2, 16];
  for (const part of spec.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([<>!~=]=?|===)\s*([\d.*]+)/.exec(part);
    if (!m) continue;
    const [op, ver] = [m[1], parse(m[2])];
    const below = compare(ver, threshold) < 0;
    if ((op === '<' && compare(ver, threshold) <= 0) || ((op === '<=' || op === '==' || op === '=' || op === '~=' || op === '===') && below)) {
      return { version: 2, why: written };
    }
    if ((op === '>=' || op === '>' || op === '==' || op === '=' || op === '~=' || op === '===') && !below) return { version: 3, why: written };
  }
  return undefined;
}

function parse(v: string): number[] {
  return v.split('.').slice(0, 2).map((x) => (x === '*' ? 0 : Number(x) || 0));
}

function compare(a: number[], b: number[]): number {
  return (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0);
}
