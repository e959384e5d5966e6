// The `vn-poverty` program: runs the command line and exits with its code. An interruption
// (Ctrl-C) removes the temporary files of the outputs, so that no half-written file is left.
import { processIo } from './io';
import { run } from './main';
import { removeTemporaryFiles } from './output/atomic-file';

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removeTemporaryFiles();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

process.exitCode = await run(
  process.argv.slice(2),
  processIo(),
  process.env.VN_POVERTY_DEBUG !== undefined,
);
