// Which workspace paths a scan skips: node_modules, .git, virtual environments and caches by
// name, .gitignore'd paths (git's rules: negation, directory-only and anchored patterns, **),
// and files.exclude-style globs. Pure: the glue passes texts and names in.

export interface ExclusionFilter {
  /** `relativePath` uses '/' and is relative to the workspace folder. */
  isExcluded(relativePath: string, isDirectory?: boolean): boolean;
}

/** Folders never worth scanning: dependencies, virtual environments, caches, VCS data. */
export const EXCLUDED_FOLDER_NAMES: ReadonlySet<string> = new Set([
  'node_modules', '.git', '.hg', '.svn', '__pycache__', '.venv', 'venv', '.env', 'env', 'virtualenv', '.virtualenv', '.tox', '.nox',
  'site-packages', 'dist-packages', '.ipynb_checkpoints', '.mypy_cache', '.pytest_cache', '.ruff_cache', 'conda-meta', '.conda',
]);

/** A folder holding these is a virtual environment whatever its name (the glue lists it). */
export function isVirtualEnvironment(entryNames: readonly string[]): boolean {
  return entryNames.includes('pyvenv.cfg') || entryNames.includes('conda-meta');
}

interface Rule {
  readonly base: string;
  readonly regex: RegExp;
  readonly negate: boolean;
  readonly directoryOnly: boolean;
}

export function createExclusionFilter(options: {
  /** Each .gitignore's folder (relative, '' for the root) and text. */
  readonly gitignores?: readonly { readonly dir: string; readonly text: string }[];
  /** files.exclude-style globs (`**\/.git`, `**\/*.pyc`); an object's false entries are ignored. */
  readonly globs?: readonly string[] | Readonly<Record<string, boolean>>;
} = {}): ExclusionFilter {
  const rules: Rule[] = [];
  for (const g of options.gitignores ?? []) rules.push(...gitignoreRules(g.dir.replace(/^\/|\/$/g, ''), g.text));
  const globList = Array.isArray(options.globs) ? options.globs : Object.entries(options.globs ?? {}).filter(([, on]) => on).map(([g]) => g);
  const globs = globList.map((g) => new RegExp(`^${globToRegex(g.replace(/^\.?\//, ''))}$`));
  const ignoredByGit = (path: string, isDir: boolean): boolean => {
    let ignored = false;
    for (const r of rules) {
      if (r.base && !path.startsWith(r.base + '/')) continue;
      if (r.directoryOnly && !isDir) continue;
      const rel = r.base ? path.slice(r.base.length + 1) : path;
      if (r.regex.test(rel)) ignored = !r.negate;
    }
    return ignored;
  };
  return {
    isExcluded(relativePath: string, isDirectory = false): boolean {
      const parts = relativePath.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
      for (let i = 0; i < parts.length; i++) {
        const isDir = i < parts.length - 1 || isDirectory;
        if (isDir && EXCLUDED_FOLDER_NAMES.has(parts[i])) return true;
        const prefix = parts.slice(0, i + 1).join('/');
        // A path inside an ignored folder stays ignored: git cannot re-include it.
        if (ignoredByGit(prefix, isDir) || globs.some((g) => g.test(prefix))) return true;
      }
      return false;
    },
  };
}

function gitignoreRules(base: string, text: string): Rule[] {
  const rules: Rule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    let line = raw.replace(/(?<!\\)\s+$/, '');
    if (!line || line.startsWith('#')) continue;
    const negate = line.startsWith('!');
    if (negate) line = line.slice(1);
    line = line.replace(/^\\([#!])/, '$1');
    const directoryOnly = line.endsWith('/');
    if (directoryOnly) line = line.slice(0, -1);
    // A slash at the start or in the middle anchors the pattern to the .gitignore's folder.
    const anchored = line.includes('/');
    line = line.replace(/^\//, '');
    if (!line) continue;
    const body = globToRegex(line);
    rules.push({ base, negate, directoryOnly, regex: new RegExp(anchored ? `^${body}$` : `(^|/)${body}$`) });
  }
  return rules;
}

/** A glob as a regex body: `**` any folders, `*` and `?` within a name, `[...]`, `{a,b}`. */
export function globToRegex(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end < 0) out += '\\[';
      else {
        out += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end < 0) out += '\\{';
      else {
        out += '(?:' + glob.slice(i + 1, end).split(',').map(globToRegex).join('|') + ')';
        i = end;
      }
    } else out += /[.+^$()|\\]/.test(c) ? '\\' + c : c;
  }
  return out;
}
