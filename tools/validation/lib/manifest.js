'use strict';
// Filling, validating and packaging the Teams app manifest, offline: schemas come only from the files bundled with
// @microsoft/app-manifest, never from the network.
const fs = require('fs');
const path = require('path');
const { AppManifestUtils } = require('@microsoft/app-manifest');
const AjvDraft04 = require('ajv-draft-04');
const addFormats = require('ajv-formats');
const png = require('./png');

const SCHEMA_DIR = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** Placeholder values from the environment, with the defaults docs/deployment.md describes. */
function placeholderValues(env) {
  const appId = env.APP_ID || env.TEAMS_APP_ID || env.MicrosoftAppId || '';
  const domain = env.BOT_DOMAIN || '';
  return {
    APP_ID: appId,
    BOT_ID: env.BOT_ID || env.MicrosoftAppId || appId,
    BOT_DOMAIN: domain,
    WEBSITE_URL: env.WEBSITE_URL || (domain && `https://${domain}/`),
    PRIVACY_URL: env.PRIVACY_URL || (domain && `https://${domain}/tietosuoja`),
    TERMS_URL: env.TERMS_URL || (domain && `https://${domain}/kayttoehdot`),
  };
}

/** Replaces ${{NAME}} in the text; returns { text, missing: names with no value }. */
function fill(text, values) {
  const missing = new Set();
  const filled = text.replace(/\$\{\{\s*([A-Z_][A-Z0-9_]*)\s*\}\}/g, (match, name) => {
    if (values[name]) return values[name];
    missing.add(name);
    return match;
  });
  return { text: filled, missing: [...missing] };
}

function schemaFile(schemaUrl, fileName) {
  const version = /\/teams\/(v\d+\.\d+)\//.exec(schemaUrl || '');
  if (!version) throw new Error(`$schema ${schemaUrl} is not a Teams manifest schema URL`);
  const file = path.join(SCHEMA_DIR, version[1], fileName);
  if (!fs.existsSync(file)) throw new Error(`schema ${version[1]}/${fileName} is not bundled with @microsoft/app-manifest`);
  return file;
}

function loadSchema(file) {
  // The same clean-up the package applies before parsing its schemas.
  return JSON.parse(fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

/** Errors of the manifest against its bundled schema (empty when valid). */
async function validateManifest(manifest) {
  const schema = loadSchema(schemaFile(manifest.$schema, 'MicrosoftTeams.schema.json'));
  return AppManifestUtils.validateAgainstSchema(manifest, schema);
}

/** Value at a localization key such as "bots[0].commandLists[1].commands[2].title", or undefined. */
function valueAt(manifest, key) {
  return key.split('.').reduce((node, part) => {
    if (node === undefined) return undefined;
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) return undefined;
    let value = node[m[1]];
    for (const index of m[2].match(/\d+/g) || []) value = value === undefined ? undefined : value[Number(index)];
    return value;
  }, manifest);
}

/** Errors of a localization file: against the bundled localization schema, and every key must name a string in the manifest. */
async function validateLocalization(localization, manifest) {
  const schema = loadSchema(schemaFile(localization.$schema, 'MicrosoftTeams.Localization.schema.json'));
  // Not AppManifestUtils.validateAgainstSchema: the bundled localization schema has patterns (e.g. "\b]") that are
  // not valid Unicode regular expressions, so they are compiled in non-Unicode mode, as the schema's authors meant.
  const ajv = new AjvDraft04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv, ['uri', 'email', 'regex']);
  const validate = ajv.compile(schema);
  const errors = validate(localization) ? [] : validate.errors.map(e => `${e.instancePath} ${e.message}`);
  if (!localization.$schema.includes(`/v${manifest.manifestVersion}/`)) {
    errors.push(`$schema is not the manifest's version ${manifest.manifestVersion}`);
  }
  for (const key of Object.keys(localization)) {
    if (key === '$schema' || key === 'localizationKeys') continue;
    if (typeof valueAt(manifest, key) !== 'string') errors.push(`${key} names no string in the manifest`);
  }
  return errors;
}

/** Icon problems: size, colour type, and for the outline icon only white or fully transparent pixels. */
function checkIcon(buffer, size, outline) {
  const image = png.decode(buffer);
  const errors = [];
  if (image.width !== size || image.height !== size) errors.push(`is ${image.width}×${image.height}, must be ${size}×${size}`);
  if (outline) {
    if (!image.hasAlpha) errors.push('has no alpha channel');
    let transparent = 0;
    for (let i = 0; i < image.rgba.length; i += 4) {
      const [r, g, b, a] = image.rgba.subarray(i, i + 4);
      if (a === 0) { transparent++; continue; }
      if (r !== 255 || g !== 255 || b !== 255) { errors.push(`pixel ${i / 4} is not white (${r},${g},${b},${a})`); break; }
    }
    if (transparent === 0) errors.push('has no transparent pixels');
  }
  return errors;
}

/** The files of the package: the filled manifest plus the localization files and icons it names. */
function packageEntries(manifestDir, values) {
  const { text, missing } = fill(fs.readFileSync(path.join(manifestDir, 'manifest.json'), 'utf8'), values);
  const manifest = JSON.parse(text);
  const names = [manifest.icons.color, manifest.icons.outline,
    ...((manifest.localizationInfo && manifest.localizationInfo.additionalLanguages) || []).map(l => l.file)];
  const entries = [{ name: 'manifest.json', data: Buffer.from(text, 'utf8') }];
  for (const name of names) entries.push({ name, data: fs.readFileSync(path.join(manifestDir, name)) });
  return { manifest, missing, entries };
}

module.exports = { placeholderValues, fill, validateManifest, validateLocalization, checkIcon, packageEntries };
