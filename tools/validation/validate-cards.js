'use strict';
// Validates every Adaptive Card snapshot (*.json) in a folder with the official adaptivecards package and, when
// present, against the Adaptive Card 1.5 JSON schema. Prints one "PASS …"/"FAIL …"/"SKIP …" line per check.
// Usage: node validate-cards.js <snapshot dir> <schema file>
const fs = require('fs');
const path = require('path');
const AC = require('adaptivecards/dist/adaptivecards.js');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

function adaptiveCardsEvents(json) {
  const card = new AC.AdaptiveCard();
  const context = new AC.SerializationContext();
  card.parse(json, context);
  const events = [...card.validateProperties().validationEvents];
  // Parse problems (unknown types, bad values) are reported on the context, not by validateProperties().
  for (let i = 0; i < context.eventCount; i++) events.push(context.getEventAt(i));
  return events.map(e => `${AC.ValidationEvent[e.event] || e.event}: ${e.message}`);
}

function schemaValidator(schemaPath) {
  if (!fs.existsSync(schemaPath)) return null;
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addMetaSchema(require('ajv/dist/refs/json-schema-draft-06.json'));
  addFormats(ajv);
  const schema = JSON.parse(fs.readFileSync(schemaPath, 'utf8'));
  // The published schema names itself with draft-04's "id"; Ajv 8 reads draft-06 ids only as "$id".
  if (schema.id && !schema.$id) {
    schema.$id = schema.id;
    delete schema.id;
  }
  return ajv.compile(schema);
}

function main() {
  const [dir, schemaPath] = process.argv.slice(2);
  if (!dir || !fs.existsSync(dir)) {
    console.log(`FAIL card snapshots: folder ${dir || '(VERKOSTOT_CARD_SNAPSHOTS unset)'} not found; run the Cards tests with VERKOSTOT_CARD_SNAPSHOTS set`);
    return;
  }
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.json')).sort();
  if (files.length === 0) {
    console.log(`FAIL card snapshots: no *.json in ${dir}`);
    return;
  }
  const validate = schemaPath ? schemaValidator(schemaPath) : null;
  if (!validate) console.log(`SKIP Adaptive Card 1.5 JSON schema not found at ${schemaPath}; schema checks skipped`);
  for (const file of files) {
    const name = path.basename(file, '.json');
    let json;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    } catch (error) {
      console.log(`FAIL card ${name}: not JSON (${error.message})`);
      continue;
    }
    const events = adaptiveCardsEvents(json);
    console.log(events.length === 0 ? `PASS card ${name}: adaptivecards reports no validation events`
      : `FAIL card ${name}: adaptivecards: ${events.join('; ')}`);
    if (validate) {
      // "msteams" (e.g. full width) is Teams' documented host extension, which the generic schema does not list.
      const { msteams, ...generic } = json;
      const valid = validate(generic);
      const note = msteams === undefined ? '' : ' (Teams host property msteams set aside)';
      console.log(valid ? `PASS card ${name}: matches the Adaptive Card 1.5 schema${note}`
        : `FAIL card ${name}: schema: ${validate.errors.slice(0, 5).map(e => `${e.instancePath} ${e.message}`).join('; ')}`);
    }
  }
}

main();
