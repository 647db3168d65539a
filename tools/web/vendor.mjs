// Copies the pinned browser bundles into bot/wwwroot/lib and writes the Teams light theme as CSS custom properties.
// Run through scripts/vendor-web-assets.sh after changing a version in package.json; the output is committed, so
// building, running and testing the bot need neither npm nor the network.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { teamsLightTheme } from '@fluentui/tokens';

const here = dirname(fileURLToPath(import.meta.url));
const lib = join(here, '..', '..', 'bot', 'wwwroot', 'lib');
const version = name => JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version;

const files = [
  ['@fluentui/web-components', 'dist/web-components-all.min.js', 'fluentui/web-components.min.js'],
  ['@microsoft/teams-js', 'dist/umd/MicrosoftTeams.min.js', 'teams-js/MicrosoftTeams.min.js'],
];
const manifest = {};
for (const [pkg, from, to] of files) {
  const target = join(lib, to);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(here, 'node_modules', pkg, from), target);
  manifest[to] = { package: pkg, version: version(pkg), sha256: sha256(target) };
}

const tokens = Object.entries(teamsLightTheme).map(([name, value]) => `  --${name}: ${value};`).join('\n');
const css = join(lib, 'fluentui', 'teams-light-theme.css');
writeFileSync(css, `/* @fluentui/tokens ${version('@fluentui/tokens')} teamsLightTheme, written by tools/web/vendor.mjs */\n:root {\n${tokens}\n}\n`);
manifest['fluentui/teams-light-theme.css'] = { package: '@fluentui/tokens', version: version('@fluentui/tokens'), sha256: sha256(css) };

writeFileSync(join(lib, 'vendored.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(JSON.stringify(manifest, null, 2));

function sha256(path) {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}
