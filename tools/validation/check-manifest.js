'use strict';
// Offline checks of the app package source: node check-manifest.js <manifest dir>. The placeholders are filled as
// packaging fills them, from sample ids and domain only: the website, privacy and terms links take their defaults, so
// the checks below see the links an administrator gets. Prints one "PASS …"/"FAIL …" line per check.
const fs = require('fs');
const path = require('path');
const m = require('./lib/manifest');

const SAMPLE = m.placeholderValues({
  APP_ID: '00000000-0000-4000-8000-000000000001',
  BOT_ID: '00000000-0000-4000-8000-000000000002',
  BOT_DOMAIN: 'verkostot.example.org',
});

function report(name, errors) {
  console.log(errors.length === 0 ? `PASS ${name}` : `FAIL ${name}: ${errors.slice(0, 5).join('; ')}`);
}

async function check(name, run) {
  try {
    report(name, await run());
  } catch (error) {
    report(name, [error.message]);
  }
}

async function main() {
  const dir = process.argv[2];
  const raw = fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8');
  const { text, missing } = m.fill(raw, SAMPLE);
  const manifest = JSON.parse(text);
  await check('manifest placeholders are all known (APP_ID, BOT_ID, BOT_DOMAIN, WEBSITE_URL, PRIVACY_URL, TERMS_URL)',
    () => missing.map(n => `unknown placeholder \${{${n}}}`));
  await check(`manifest.json (v${manifest.manifestVersion}) matches its bundled @microsoft/app-manifest schema`,
    () => m.validateManifest(manifest));
  await check('bot is in personal, team and groupChat scopes with Finnish default language', () => {
    const scopes = (manifest.bots && manifest.bots[0] && manifest.bots[0].scopes) || [];
    const errors = ['personal', 'team', 'groupChat'].filter(s => !scopes.includes(s)).map(s => `missing scope ${s}`);
    if (manifest.localizationInfo.defaultLanguageTag !== 'fi') errors.push('default language is not fi');
    return errors;
  });
  await check('webApplicationInfo is the app id with resource api://<domain>/<app id>', () => {
    const info = manifest.webApplicationInfo || {};
    const errors = [];
    if (info.id !== SAMPLE.APP_ID) errors.push(`id is ${info.id}`);
    if (info.resource !== `api://${SAMPLE.BOT_DOMAIN}/${SAMPLE.APP_ID}`) errors.push(`resource is ${info.resource}`);
    if (!(manifest.validDomains || []).includes(SAMPLE.BOT_DOMAIN)) errors.push('bot domain is not in validDomains');
    return errors;
  });
  await check('personal static tab "Hallinta" opens /hallinta with the Teams locale; privacy and terms are the pages the bot serves', () => {
    const tab = (manifest.staticTabs || []).find(t => t.entityId === 'hallinta');
    const errors = [];
    if (!tab) return ['no static tab with entityId hallinta'];
    if (tab.name !== 'Hallinta') errors.push(`tab name is ${tab.name}`);
    if (tab.contentUrl !== `https://${SAMPLE.BOT_DOMAIN}/hallinta?kieli={locale}`) errors.push(`contentUrl is ${tab.contentUrl}`);
    if (JSON.stringify(tab.scopes) !== '["personal"]') errors.push(`scopes are ${tab.scopes}`);
    if (manifest.developer.privacyUrl !== `https://${SAMPLE.BOT_DOMAIN}/tietosuoja`) errors.push(`privacyUrl is ${manifest.developer.privacyUrl}`);
    if (manifest.developer.termsOfUseUrl !== `https://${SAMPLE.BOT_DOMAIN}/kayttoehdot`) errors.push(`termsOfUseUrl is ${manifest.developer.termsOfUseUrl}`);
    return errors;
  });
  await check('color icon is a 192×192 PNG',
    () => m.checkIcon(fs.readFileSync(path.join(dir, manifest.icons.color)), 192, false));
  await check('outline icon is a 32×32 PNG, white on transparent',
    () => m.checkIcon(fs.readFileSync(path.join(dir, manifest.icons.outline)), 32, true));
  for (const language of manifest.localizationInfo.additionalLanguages || []) {
    await check(`${language.file} (${language.languageTag}) matches the bundled localization schema and the manifest's keys`,
      () => m.validateLocalization(JSON.parse(fs.readFileSync(path.join(dir, language.file), 'utf8')), manifest));
  }
}

main().catch(error => { console.log(`FAIL manifest checks could not run: ${error.message}`); });
