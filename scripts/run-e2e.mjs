// Runs the Playwright suite in Debian's Chromium. Without Chromium it says so loudly;
// under CI (CI=true) that is a failure, never a quiet pass.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const banner = '!'.repeat(72);
  console.error(
    [
      banner,
      `Browser tests NOT RUN: no Chromium at ${chromium}.`,
      'Install it with:  sudo apt-get update && sudo apt-get install -y chromium',
      '(or point CHROMIUM_PATH at a Chromium binary).',
      banner,
    ].join('\n'),
  );
  process.exit(process.env.CI ? 1 : 0);
}
if (!existsSync('dist/index.html')) {
  console.error('Browser tests need the build: run `npm run build` first.');
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
