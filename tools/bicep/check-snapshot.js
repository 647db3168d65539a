// Checks what a parameters file deploys, read from `bicep snapshot` (the resources Azure Resource Manager would be
// asked for, evaluated offline): the promises docs/deployment.md makes about the hosting, the secrets and the bot.
// Usage: node check-snapshot.js SNAPSHOT.json LABEL EXPECTED_HOST BOT_APP_TYPE SECRET...
// Prints one "PASS ..." or "FAIL ..." line per check.
'use strict';
const fs = require('fs');

const [snapshotPath, label, expectedHost, botAppType, ...secrets] = process.argv.slice(2);
const snapshotText = fs.readFileSync(snapshotPath, 'utf8');
const snapshot = JSON.parse(snapshotText);
const resources = snapshot.predictedResources || [];

function report(ok, what, why) {
  console.log(ok ? `PASS ${label}: ${what}` : `FAIL ${label}: ${what}${why ? ` (${why})` : ''}`);
}

function check(what, test) {
  let problems;
  try {
    problems = test();
  } catch (error) {
    problems = [`${error.message}`];
  }
  problems = (problems || []).filter(Boolean);
  report(problems.length === 0, what, problems.join('; '));
}

const ofType = (type) => resources.filter((r) => r.type.toLowerCase() === type.toLowerCase());
function one(type) {
  const found = ofType(type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0];
}
const expect = (actual, expected, name) => (actual === expected ? null : `${name} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`);
const isIdentityClientId = (value) => /'identity-.*\.outputs\.clientId\.value\]$/.test(value);
const isKeyVaultReference = (value) => typeof value === 'string' && value.includes('@Microsoft.KeyVault(VaultName=');

const site = () => one('Microsoft.Web/sites');
const settings = () => Object.fromEntries((site().properties.siteConfig.appSettings || []).map((s) => [s.name, s.value]));

check('bicep snapshot evaluated every resource (no diagnostics)', () =>
  (snapshot.diagnostics || []).map((d) => String(d).trim()));

check('the web app runs .NET 10 on Linux, HTTPS only with TLS 1.2+, no FTP, no basic-auth publishing', () => {
  const s = site();
  const config = s.properties.siteConfig;
  const policies = ofType('Microsoft.Web/sites/basicPublishingCredentialsPolicies');
  return [
    expect(config.linuxFxVersion, 'DOTNETCORE|10.0', 'linuxFxVersion'),
    expect(one('Microsoft.Web/serverfarms').properties.reserved, true, 'plan.reserved (Linux)'),
    expect(s.properties.httpsOnly, true, 'httpsOnly'),
    expect(config.minTlsVersion, '1.2', 'minTlsVersion'),
    expect(config.ftpsState, 'Disabled', 'ftpsState'),
    expect(config.appCommandLine, 'dotnet Verkostot.Bot.dll', 'appCommandLine'),
    policies.length === 2 && policies.every((p) => p.properties.allow === false) ? null : 'basic publishing credentials are not off for ftp and scm',
  ];
});

check('App Service probes /health/ready', () => [expect(site().properties.siteConfig.healthCheckPath, '/health/ready', 'healthCheckPath')]);

check('the app starts in Production on PostgreSQL, without demo data, with Application Insights', () => {
  const app = settings();
  return [
    expect(app.ASPNETCORE_ENVIRONMENT, 'Production', 'ASPNETCORE_ENVIRONMENT'),
    expect(app.Storage__Provider, 'PostgreSql', 'Storage__Provider'),
    expect(app.Storage__SeedDemoData, 'false', 'Storage__SeedDemoData'),
    app.APPLICATIONINSIGHTS_CONNECTION_STRING ? null : 'APPLICATIONINSIGHTS_CONNECTION_STRING is not set',
    ofType('Microsoft.Insights/components').length === 1 ? null : 'no Application Insights component',
  ];
});

check('every secret reaches the app as a Key Vault reference resolved with the managed identity', () => {
  const s = site();
  const app = settings();
  const required = ['Storage__ConnectionString', 'Verkostot__LinkSigningKey'];
  if (botAppType === 'SingleTenant') required.push('MicrosoftAppPassword');
  if (app.AzureAd__ClientId) required.push('AzureAd__ClientSecret');
  const secretLooking = Object.keys(app).filter((name) => /(password|secret|key|connectionstring)$/i.test(name));
  const problems = [...new Set([...required, ...secretLooking])]
    .filter((name) => !isKeyVaultReference(app[name]))
    .map((name) => `${name} is ${app[name] === undefined ? 'missing' : 'not a Key Vault reference'}`);
  if (!s.properties.keyVaultReferenceIdentity) problems.push('keyVaultReferenceIdentity is not set');
  if (s.identity.type !== 'UserAssigned') problems.push(`identity.type is ${s.identity.type}`);
  return problems;
});

check('Key Vault uses RBAC and the identity may only read secrets (Key Vault Secrets User)', () => {
  const vault = one('Microsoft.KeyVault/vaults');
  const assignments = ofType('Microsoft.Authorization/roleAssignments');
  const secretNames = ofType('Microsoft.KeyVault/vaults/secrets').map((s) => s.name.split('/')[1]).sort();
  const wanted = ['link-signing-key', 'storage-connection-string']
    .concat(botAppType === 'SingleTenant' ? ['bot-app-password'] : [])
    .concat(settings().AzureAd__ClientId ? ['sign-in-client-secret'] : []).sort();
  return [
    expect(vault.properties.enableRbacAuthorization, true, 'enableRbacAuthorization'),
    assignments.length === 1 && assignments[0].properties.roleDefinitionId.endsWith('4633458b-17de-408a-b874-0445c86b69e6')
      ? null : 'no single Key Vault Secrets User assignment',
    expect(secretNames.join(','), wanted.join(','), 'secrets'),
  ];
});

check('no secret value appears anywhere in the evaluated deployment', () =>
  secrets.filter((secret) => snapshotText.includes(secret) || snapshotText.includes(JSON.stringify(secret).slice(1, -1)))
    .map((secret) => `found ${secret.slice(0, 6)}…`));

check(`Azure Bot (${botAppType}) has the Teams channel and the messaging endpoint https://${expectedHost}/api/messages`, () => {
  const bot = one('Microsoft.BotService/botServices');
  const teams = one('Microsoft.BotService/botServices/channels');
  const app = settings();
  return [
    expect(bot.kind, 'azurebot', 'kind'),
    expect(bot.properties.endpoint, `https://${expectedHost}/api/messages`, 'endpoint'),
    expect(bot.properties.msaAppType, botAppType, 'msaAppType'),
    expect(app.MicrosoftAppType, botAppType, 'MicrosoftAppType setting'),
    botAppType === 'UserAssignedMSI' && !bot.properties.msaAppMSIResourceId ? 'msaAppMSIResourceId is not set' : null,
    // Both are still expressions here (the identity's client id is known only once it exists); compare what they read.
    botAppType === 'UserAssignedMSI' && ![bot.properties.msaAppId, app.MicrosoftAppId].every(isIdentityClientId)
      ? 'the bot\'s app id or MicrosoftAppId is not the managed identity\'s client id' : null,
    expect(teams.properties.channelName, 'MsTeamsChannel', 'channel'),
    expect(teams.properties.properties.isEnabled, true, 'Teams channel isEnabled'),
    expect(app.Verkostot__PublicBaseUrl, `https://${expectedHost}`, 'Verkostot__PublicBaseUrl'),
    expect(app.Hallinta__PublicHost, expectedHost, 'Hallinta__PublicHost (the Teams single sign-on audience)'),
  ];
});

check('PostgreSQL flexible server: password sign-in over TLS, point-in-time restore of 7+ days', () => {
  const server = one('Microsoft.DBforPostgreSQL/flexibleServers');
  const connectionString = ofType('Microsoft.KeyVault/vaults/secrets').find((s) => s.name.endsWith('/storage-connection-string'));
  return [
    expect(server.properties.authConfig.passwordAuth, 'Enabled', 'passwordAuth'),
    server.properties.backup.backupRetentionDays >= 7 ? null : `backupRetentionDays is ${server.properties.backup.backupRetentionDays}`,
    ofType('Microsoft.DBforPostgreSQL/flexibleServers/databases').length === 1 ? null : 'no database',
    connectionString && connectionString.properties.value.includes('SSL Mode=Require') ? null : 'the connection string does not require TLS',
  ];
});
