// What a browser downloads for each page of the built console (apps/console/dist): the entry
// chunk and what it imports, plus the page's own lazily loaded chunk and what that imports,
// from Vite's build manifest. Raw and gzip-compressed bytes of JavaScript and CSS.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BenchAbort } from '../bench-abort';
import { REPO_ROOT } from '../options';

const DIST = join(REPO_ROOT, 'apps', 'console', 'dist');
const MANIFEST = join(DIST, '.vite', 'manifest.json');

/** The console's pages by their lazily loaded module (apps/console/src/app/app.tsx). */
export const CONSOLE_ROUTES: readonly {
  readonly route: string;
  readonly page: string;
  readonly module: string;
}[] = [
  { route: '/login', page: '登录', module: '' },
  { route: '/workbench', page: '工作台', module: 'src/workbench/workbench-page.tsx' },
  { route: '/register', page: '登记隐患', module: 'src/register/register-page.tsx' },
  { route: '/ledger', page: '隐患台账', module: 'src/ledger/ledger-page.tsx' },
  { route: '/case/:caseNumber', page: '案件详情', module: 'src/case-detail/case-detail-page.tsx' },
  { route: '/supervision', page: '督办', module: 'src/supervision/supervision-page.tsx' },
  { route: '/audit/:caseNumber', page: '审计', module: 'src/audit/audit-case-page.tsx' },
  { route: '/system/users', page: '用户管理', module: 'src/system/users-page.tsx' },
];

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly css?: readonly string[];
}

export interface RouteSize {
  readonly route: string;
  readonly page: string;
  readonly jsBytes: number;
  readonly jsGzipBytes: number;
  readonly cssBytes: number;
  /** What the page adds to the entry (its own chunks), gzip. */
  readonly ownGzipBytes: number;
  readonly files: number;
}

export function consoleRouteSizes(): RouteSize[] {
  if (!existsSync(MANIFEST)) {
    throw new BenchAbort(`${MANIFEST} is missing: build the console first (npm run build)`);
  }
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, ManifestChunk>;
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entryKey) throw new BenchAbort('the console build manifest names no entry');
  const closure = (key: string, into = new Set<string>()): Set<string> => {
    if (into.has(key) || !manifest[key]) return into;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) closure(imported, into);
    return into;
  };
  const entry = closure(entryKey);
  const keyOf = (module: string) =>
    Object.keys(manifest).find((key) => key === module || manifest[key].src === module);
  return CONSOLE_ROUTES.map(({ route, page, module }) => {
    const key = module ? keyOf(module) : undefined;
    if (module && !key) throw new BenchAbort(`${module} is not in the console's build manifest`);
    const keys = key ? closure(key, new Set(entry)) : entry;
    const own = [...keys].filter((k) => !entry.has(k));
    const js = [...keys].map((k) => manifest[k].file);
    const css = [...new Set([...keys].flatMap((k) => manifest[k].css ?? []))];
    const bytes = (files: readonly string[]) =>
      files.reduce((sum, file) => sum + readFileSync(join(DIST, file)).length, 0);
    const gzip = (files: readonly string[]) =>
      files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file))).length, 0);
    return {
      route,
      page,
      jsBytes: bytes(js),
      jsGzipBytes: gzip(js),
      cssBytes: bytes(css),
      ownGzipBytes: gzip(own.map((k) => manifest[k].file)),
      files: js.length + css.length,
    };
  });
}
