// Fails when generating changed or added files under the given paths: generated code must be committed.
import { execFileSync } from 'node:child_process';

const paths = process.argv.slice(2);
const status = execFileSync('git', ['status', '--porcelain', '--', ...paths], { encoding: 'utf8' }).trim();
if (status) {
  console.error(`Generated files are stale; run "pnpm generate" and commit:\n${status}`);
  process.exit(1);
}
console.log('Generated files are up to date.');
