// Packs the package as npm would publish it, installs the tarball into a scratch folder (with the
// project's own copies of the runtime dependencies, so no network is needed) and uses the public
// API from both `import` and `require`, as a consumer would, and runs the command's report; then compiles the shipped README and
// guides against the shipped type declarations (scripts/check-packed-docs.ts).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'vn-poverty-packed-'));
try {
  const [{ filename }] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  const installed = join(scratch, 'node_modules', 'vn-poverty');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, filename), '-C', installed, '--strip-components=1']);
  const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const name of Object.keys(dependencies)) {
    symlinkSync(join(root, 'node_modules', name), join(scratch, 'node_modules', name), 'dir');
  }
  const household = {
    id: 'packed',
    area: 'rural',
    income: { annualTotal: 72000000 },
    members: [1, 2, 3, 4].map((n) => ({
      id: `m${n}`,
      sex: n % 2 ? 'male' : 'female',
      birthDate: '1980',
      ethnicity: 'Kinh',
      healthInsurance: n !== 2,
      usesInternet: false,
      work: 'self-employed',
      monthlySocialAllowance: false,
      disability: 'none',
    })),
    dwelling: { foundation: 'durable', walls: 'durable', roof: 'durable', floorAreaM2: 31 },
    water: 'piped',
    latrine: 'septic',
    devices: ['television'],
  };
  const use = `
    const parsed = api.parseHousehold(${JSON.stringify(household)}, { on: '2024-06-01' });
    if (!parsed.success) throw new Error('parse failed: ' + JSON.stringify(parsed.issues));
    const result = api.assessHousehold(parsed.data, { on: '2024-06-01' });
    const expected = 'poor'; // healthInsurance, housingArea (31 m² < 8 × 4), telecom; income at the line
    if (result.category !== expected) throw new Error('category ' + result.category);
    if (api.standardForReview(2026).id !== 'nd351-2025') throw new Error('standardForReview');
    if (!(api.VnPovertyError.prototype instanceof Error)) throw new Error('error class');
    console.log(kind + ': ' + result.category + ' under ' + result.standardId);
  `;
  writeFileSync(
    join(scratch, 'use.mjs'),
    `import * as api from 'vn-poverty';\nconst kind = 'import';\n${use}`,
  );
  writeFileSync(
    join(scratch, 'use.cjs'),
    `const api = require('vn-poverty');\nconst kind = 'require';\n${use}`,
  );
  for (const file of ['use.mjs', 'use.cjs']) {
    process.stdout.write(
      execFileSync('node', [join(scratch, file)], { cwd: scratch, encoding: 'utf8' }),
    );
  }
  // The command as published: its report needs nothing beside the package (Chart.js is inlined).
  writeFileSync(join(scratch, 'review.json'), JSON.stringify([household]));
  const report = spawnSync(
    'node',
    [
      join(installed, 'dist', 'cli', 'vn-poverty.js'),
      'report',
      'review.json',
      '--on',
      '2024-06-01',
      '--html',
      'report.html',
    ],
    { cwd: scratch, encoding: 'utf8' },
  );
  const page = report.status === 0 ? readFileSync(join(scratch, 'report.html'), 'utf8') : '';
  if (!page.includes('Chart.js v') || !page.includes('<canvas')) {
    throw new Error(`the packed command's report failed (exit ${report.status}): ${report.stderr}`);
  }
  console.log('command: vn-poverty report from the packed package, Chart.js inlined');
  const docs = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'scripts', 'check-packed-docs.ts'), scratch],
    { cwd: root, stdio: 'inherit' },
  );
  if (docs.status !== 0) process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
