'use strict';
// Writes the Teams app package: node package-app.js <manifest dir> <zip path>. Placeholders come from the environment
// (MicrosoftAppId, BOT_DOMAIN, …; see docs/deployment.md). Refuses (exit 1) to package an invalid manifest.
const fs = require('fs');
const path = require('path');
const zip = require('./lib/zip');
const m = require('./lib/manifest');

async function main() {
  const [manifestDir, zipPath] = process.argv.slice(2);
  const { manifest, missing, entries } = m.packageEntries(manifestDir, m.placeholderValues(process.env));
  const problems = missing.map(name => `placeholder \${{${name}}} has no value (see docs/deployment.md)`);
  problems.push(...(await m.validateManifest(manifest)).map(e => `manifest.json: ${e}`));
  for (const entry of entries.slice(1)) {
    if (entry.name.endsWith('.json')) {
      const errors = await m.validateLocalization(JSON.parse(entry.data.toString('utf8')), manifest);
      problems.push(...errors.map(e => `${entry.name}: ${e}`));
    }
  }
  problems.push(...m.checkIcon(entries.find(e => e.name === manifest.icons.color).data, 192, false).map(e => `color icon ${e}`));
  problems.push(...m.checkIcon(entries.find(e => e.name === manifest.icons.outline).data, 32, true).map(e => `outline icon ${e}`));
  if (problems.length > 0) {
    console.error('Refusing to package an invalid app manifest:');
    for (const problem of problems) console.error(`  - ${problem}`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(path.resolve(zipPath)), { recursive: true });
  fs.writeFileSync(zipPath, zip.write(entries));
  console.log(`wrote ${zipPath} (${entries.map(e => e.name).join(', ')})`);
}

main().catch(error => { console.error(`packaging failed: ${error.message}`); process.exit(1); });
