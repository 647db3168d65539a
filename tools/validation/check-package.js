'use strict';
// Checks a written app package: node check-package.js <zip> <manifest dir>. Prints one "PASS …"/"FAIL …" line.
const fs = require('fs');
const path = require('path');
const zip = require('./lib/zip');
const m = require('./lib/manifest');

async function main() {
  const [zipPath, manifestDir] = process.argv.slice(2);
  const files = zip.read(fs.readFileSync(zipPath));
  const source = JSON.parse(fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'));
  const expected = ['manifest.json', source.icons.color, source.icons.outline,
    ...source.localizationInfo.additionalLanguages.map(l => l.file)].sort();
  const actual = [...files.keys()].sort();
  const errors = [];
  if (JSON.stringify(actual) !== JSON.stringify(expected)) errors.push(`holds ${actual.join(', ')}; expected ${expected.join(', ')}`);
  const text = files.has('manifest.json') ? files.get('manifest.json').toString('utf8') : '{}';
  if (text.includes('${{')) errors.push('manifest.json still has placeholders');
  errors.push(...(await m.validateManifest(JSON.parse(text))).map(e => `manifest.json: ${e}`));
  for (const name of expected.filter(n => n !== 'manifest.json')) {
    if (files.has(name) && !files.get(name).equals(fs.readFileSync(path.join(manifestDir, name)))) errors.push(`${name} differs from the source`);
  }
  console.log(errors.length === 0 ? `PASS appPackage.zip holds exactly ${expected.join(', ')} with a filled, valid manifest`
    : `FAIL appPackage.zip: ${errors.slice(0, 5).join('; ')}`);
  checkLinks(JSON.parse(text), process.env.BOT_DOMAIN);
}

// Packaged with only a domain, the privacy and terms links are the pages the bot serves there.
function checkLinks(manifest, domain) {
  const developer = manifest.developer || {};
  const errors = [];
  if (developer.privacyUrl !== `https://${domain}/tietosuoja`) errors.push(`privacyUrl is ${developer.privacyUrl}`);
  if (developer.termsOfUseUrl !== `https://${domain}/kayttoehdot`) errors.push(`termsOfUseUrl is ${developer.termsOfUseUrl}`);
  console.log(errors.length === 0 ? `PASS appPackage.zip links privacy and terms to https://${domain}/tietosuoja and /kayttoehdot`
    : `FAIL appPackage.zip: ${errors.join('; ')}`);
}

main().catch(error => console.log(`FAIL appPackage.zip could not be read: ${error.message}`));
