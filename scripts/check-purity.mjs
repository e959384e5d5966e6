// Checks that the built library (dist/index.js and dist/index.cjs, after `npm run build`, with the
// parts of zod it bundles) is pure: no file, network, process, clock, timer or randomness access,
// no eval, and no import but its runtime dependencies. Each pattern carries examples it must
// catch, checked first, so that a broken pattern cannot pass silently.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const ENTRIES = ['dist/index.js', 'dist/index.cjs'];

/** What the library must not do: a name, the pattern, and examples the pattern must catch. */
const FORBIDDEN = [
  // Any mention, so that an alias (`const F = Function; new F(code)`) is caught too.
  ['eval', /\beval\b/, ['eval("1")', 'const run = eval;']],
  ['the Function constructor', /\bFunction\b/, ['new Function("return 1")', 'const F = Function;']],
  [
    'the clock',
    /\bnew\s+Date\b|\bDate\s*[.(]|\bperformance\s*\.\s*now\b/,
    ['Date.now()', 'new Date()', 'performance.now()'],
  ],
  ['timers', /\b(setTimeout|setInterval|setImmediate|queueMicrotask)\s*\(/, ['setTimeout(f, 1)']],
  ['randomness', /\bMath\s*\.\s*random\b|\bcrypto\b/, ['Math.random()', 'crypto.randomUUID()']],
  [
    'the network',
    /\bfetch\s*\(|\b(XMLHttpRequest|WebSocket)\b/,
    ['fetch(url)', 'new XMLHttpRequest()'],
  ],
  ['the process', /\bprocess\s*[.[]/, ['process.env.HOME', "process['exit']()"]],
  [
    'Node built-ins',
    /['"]node:|\brequire\s*\(\s*['"](fs|path|os|child_process|http|https|net)['"]/,
    ["require('fs')", "from 'node:fs'"],
  ],
  ['dynamic import', /\bimport\s*\(/, ["await import('x')"]],
];

/** The only modules the library may import: its runtime dependencies, by their light entries. */
const ALLOWED_MODULE = /^(zod\/mini|decimal\.js|date-fns\/[A-Za-z]+)$/;
const MODULE_SPECIFIER = /\b(?:from|require\s*\()\s*['"]([^'"]+)['"]/g;

const problems = [];
for (const [name, pattern, examples] of FORBIDDEN) {
  for (const example of examples)
    if (!pattern.test(example)) problems.push(`the pattern for ${name} misses ${example}`);
}
if (!ALLOWED_MODULE.test('zod/mini') || ALLOWED_MODULE.test('zod') || ALLOWED_MODULE.test('fs'))
  problems.push('the module pattern is broken');

for (const entry of ENTRIES) {
  let code;
  try {
    code = readFileSync(resolve(root, entry), 'utf8');
  } catch {
    problems.push(`${entry} is missing: run npm run build first`);
    continue;
  }
  const lines = code.split('\n');
  lines.forEach((line, index) => {
    for (const [name, pattern] of FORBIDDEN) {
      if (pattern.test(line)) problems.push(`${entry}:${index + 1} uses ${name}: ${line.trim()}`);
    }
    for (const [, specifier] of line.matchAll(MODULE_SPECIFIER)) {
      if (!ALLOWED_MODULE.test(specifier))
        problems.push(`${entry}:${index + 1} imports ${specifier}: ${line.trim()}`);
    }
  });
}

if (problems.length > 0) {
  console.error(`The built library is not pure:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`${ENTRIES.join(' and ')}: no file, network, process, clock or eval access`);
