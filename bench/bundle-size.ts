/**
 * Gzipped JavaScript of a first load of the web app, per landing page, from the Vite manifest of
 * `npm run build`: the entry (index.html) and the page's lazy chunk, each with every chunk it
 * imports statically. Run after a build: `npm run bench:bundle`.
 *
 * The field view is measured as a phone loads it in zh-CN. A wide screen adds the console's
 * navigation (shell/DesktopNav, a lazy chunk a phone never fetches), so the console rows count it;
 * choosing English adds the English catalogue, whose size is printed below the table.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
}

const DIST = join(import.meta.dirname, '..', 'web', 'dist');
const manifest = JSON.parse(readFileSync(join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
  string,
  Chunk
>;

/** The landing pages measured: who lands there, and the page module. */
const DESKTOP_NAV = 'src/features/shell/DesktopNav.tsx';
const LANDINGS = [
  { name: 'field view (cadre: my families)', pages: ['src/features/field/MyFamiliesPage.tsx'] },
  { name: 'console (home dashboard)', pages: ['src/features/home/HomePage.tsx', DESKTOP_NAV] },
  {
    name: 'console (households list)',
    pages: ['src/features/households/HouseholdListPage.tsx', DESKTOP_NAV],
  },
] as const;

/** Every chunk a module loads before it runs: itself and its static imports, transitively. */
function closure(key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) {
    return seen;
  }
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) {
    closure(next, seen);
  }
  return seen;
}

function gzipped(file: string): number {
  return gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
}

const kib = (n: number) => (n / 1024).toFixed(1);
console.log('| first load | JS files | JS gzipped (KiB) | with CSS (KiB) | ECharts |');
console.log('|---|---|---|---|---|');
for (const landing of LANDINGS) {
  const keys = closure('index.html');
  for (const page of landing.pages) {
    if (!manifest[page]) {
      throw new Error(`${page} is not in the manifest: build first, or update LANDINGS`);
    }
    closure(page, keys);
  }
  const chunks = [...keys].map((k) => manifest[k]).filter((c): c is Chunk => c !== undefined);
  const js = chunks.map((c) => c.file).filter((f) => f.endsWith('.js'));
  const css = [...new Set(chunks.flatMap((c) => c.css ?? []))];
  const jsBytes = js.reduce((sum, f) => sum + gzipped(f), 0);
  const cssBytes = css.reduce((sum, f) => sum + gzipped(f), 0);
  const echarts = js.some((f) => /echarts/i.test(f)) ? 'yes' : 'no';
  console.log(
    `| ${landing.name} | ${js.length} | ${kib(jsBytes)} | ${kib(jsBytes + cssBytes)} | ${echarts} |`,
  );
}

const english = manifest['src/i18n/catalogue-en.ts'];
if (english) {
  console.log(
    `\nEnglish catalogue (fetched only when English is chosen): ${kib(gzipped(english.file))} KiB`,
  );
}
