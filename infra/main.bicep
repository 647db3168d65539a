// Verkostot.Bot in one resource group: App Service (Linux, .NET 10) running the bot, an Azure Bot with the Teams
// channel, a user-assigned managed identity, PostgreSQL flexible server, Key Vault for the secrets (read through
// Key Vault references) and Application Insights. docs/deployment.md walks through a deployment.

targetScope = 'resourceGroup'

@description('Short environment name used in resource names, lower-case letters and digits: test, prod.')
@minLength(2)
@maxLength(8)
param environmentName string

@description('Azure region of everything except the (global) Azure Bot registration.')
param location string = resourceGroup().location

@description('Host name Teams reaches the bot at; empty = the web app\'s <name>.azurewebsites.net. A custom domain needs its DNS records and certificate added to the web app.')
param publicHostName string = ''

@description('UserAssignedMSI: the bot signs in as the managed identity created here (no secret). SingleTenant: as an Entra app registration (botAppId, botAppPassword).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s client id.')
param botAppId string = ''

@description('SingleTenant only: the app registration\'s client secret.')
@secure()
param botAppPassword string = ''

@description('Coordinator web app (/hallinta) sign-in: client id of an Entra app registration with the redirect URI https://<host>/hallinta/kirjaudu/oidc; empty = the bot\'s own app id (SingleTenant only: a managed identity cannot sign users in).')
param signInClientId string = ''

@description('Client secret of that registration (stored in Key Vault).')
@secure()
param signInClientSecret string = ''

@description('Entra object ids of the coordinator web app\'s administrators (or give users the app role Verkostot.Administrator).')
param administrators array = []

@description('Tenants whose Teams may use the bot; empty = the tenant of this deployment.')
param allowedTenants array = []

@description('App Service plan size.')
param appServiceSku string = 'B1'

@description('Web app instances.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('PostgreSQL compute size.')
param postgresSku string = 'Standard_B1ms'

@description('PostgreSQL tier matching postgresSku.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresTier string = 'Burstable'

@description('PostgreSQL storage in GiB.')
param postgresStorageSizeGB int = 32

@description('Days of PostgreSQL point-in-time restore.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 14

@description('Copy PostgreSQL backups to the paired region.')
param postgresGeoRedundantBackup bool = false

@description('PostgreSQL administrator login; the bot connects with it.')
param postgresAdministratorLogin string = 'verkostot'

@description('PostgreSQL administrator password (stored in Key Vault inside the connection string).')
@secure()
@minLength(16)
param postgresAdministratorPassword string

@description('HMAC key of every signed link (.ics files, CSV reports): 32+ random characters, kept across deployments or old links stop working.')
@secure()
@minLength(32)
param linkSigningKey string

@description('Purge protection on the Key Vault (recommended for production; cannot be turned off).')
param keyVaultPurgeProtection bool = true

@description('Days Log Analytics keeps the bot\'s telemetry and logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Tags for every resource.')
param tags object = {}

var suffix = uniqueString(resourceGroup().id, environmentName)
var webAppName = 'verkostot-${environmentName}-${suffix}'
var keyVaultName = take('kv-vk-${environmentName}-${suffix}', 24)
var hostName = empty(publicHostName) ? '${webAppName}.azurewebsites.net' : publicHostName
var publicUrl = 'https://${hostName}'
var databaseName = 'verkostot'
var identityName = 'id-verkostot-${environmentName}'
var allTags = union(tags, {
  application: 'Verkostot.Bot'
  environment: environmentName
})

module identity 'modules/identity.bicep' = {
  params: {
    name: identityName
    location: location
    tags: allTags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  params: {
    workspaceName: 'log-verkostot-${environmentName}'
    appInsightsName: 'appi-verkostot-${environmentName}'
    location: location
    tags: allTags
    retentionInDays: logRetentionDays
  }
}

module postgres 'modules/postgres.bicep' = {
  params: {
    name: 'psql-verkostot-${environmentName}-${suffix}'
    location: location
    tags: allTags
    databaseName: databaseName
    administratorLogin: postgresAdministratorLogin
    administratorPassword: postgresAdministratorPassword
    skuName: postgresSku
    skuTier: postgresTier
    version: '16'
    storageSizeGB: postgresStorageSizeGB
    backupRetentionDays: postgresBackupRetentionDays
    geoRedundantBackup: postgresGeoRedundantBackup
  }
}

// Npgsql reads a double-quoted value verbatim (with "" for a quote), so any password character is safe.
var quotedPassword = '"${replace(postgresAdministratorPassword, '"', '""')}"'

module keyVault 'modules/keyvault.bicep' = {
  params: {
    name: keyVaultName
    location: location
    tags: allTags
    readerName: identityName
    readerPrincipalId: identity.outputs.principalId
    enablePurgeProtection: keyVaultPurgeProtection
    storageConnectionString: 'Host=${postgres.outputs.host};Database=${databaseName};Username=${postgresAdministratorLogin};Password=${quotedPassword};SSL Mode=Require'
    linkSigningKey: linkSigningKey
    storeBotAppPassword: botAppType == 'SingleTenant'
    botAppPassword: botAppPassword
    storeSignInClientSecret: !empty(signInClientId)
    signInClientSecret: signInClientSecret
  }
}

// Built from the Key Vault module's outputs, so the web app is created after the vault, its secrets and the
// identity's read access exist, and the references resolve on the first start.
var secrets = keyVault.outputs.secretNames
var vaultName = keyVault.outputs.name
var tenantsAllowed = empty(allowedTenants) ? [tenant().tenantId] : allowedTenants
var botIdentitySettings = botAppType == 'UserAssignedMSI'
  ? {
      MicrosoftAppType: 'UserAssignedMSI'
      MicrosoftAppId: identity.outputs.clientId
      MicrosoftAppTenantId: identity.outputs.tenantId
    }
  : {
      MicrosoftAppType: 'SingleTenant'
      MicrosoftAppId: botAppId
      MicrosoftAppTenantId: tenant().tenantId
      MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secrets.botAppPassword})'
    }

var signInSettings = empty(signInClientId)
  ? {}
  : {
      AzureAd__ClientId: signInClientId
      AzureAd__TenantId: tenant().tenantId
      AzureAd__ClientSecret: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secrets.signInClientSecret})'
    }

module webApp 'modules/webapp.bicep' = {
  params: {
    planName: 'asp-verkostot-${environmentName}'
    name: webAppName
    location: location
    tags: allTags
    skuName: appServiceSku
    instanceCount: instanceCount
    identityId: identity.outputs.id
    workspaceId: monitoring.outputs.workspaceId
    appSettings: union(
      botIdentitySettings,
      signInSettings,
      toObject(range(0, length(tenantsAllowed)), i => 'Verkostot__AllowedTenants__${i}', i => tenantsAllowed[i]),
      toObject(range(0, length(administrators)), i => 'Hallinta__Administrators__${i}', i => administrators[i]),
      {
        ASPNETCORE_ENVIRONMENT: 'Production'
        WEBSITE_RUN_FROM_PACKAGE: '1'
        APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.connectionString
        Storage__Provider: 'PostgreSql'
        Storage__ConnectionString: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secrets.storageConnectionString})'
        Storage__SeedDemoData: 'false'
        Verkostot__PublicBaseUrl: publicUrl
        Verkostot__LinkSigningKey: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=${secrets.linkSigningKey})'
        Hallinta__PublicHost: hostName
      }
    )
  }
}

module bot 'modules/bot.bicep' = {
  params: {
    name: 'bot-verkostot-${environmentName}-${suffix}'
    displayName: 'Verkostot (${environmentName})'
    tags: allTags
    appType: botAppType
    appId: botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId
    tenantId: botAppType == 'UserAssignedMSI' ? identity.outputs.tenantId : tenant().tenantId
    identityId: identity.outputs.id
    messagingEndpoint: '${publicUrl}/api/messages'
    sku: 'F0'
  }
}

@description('Web app to deploy the publish output to (az webapp deploy --name).')
output webAppName string = webApp.outputs.name

@description('The bot\'s public address; BOT_DOMAIN for scripts/package-manifest.sh is its host.')
output publicUrl string = publicUrl

@description('MicrosoftAppId: BOT_ID and APP_ID of the Teams app package.')
output botAppId string = botAppType == 'UserAssignedMSI' ? identity.outputs.clientId : botAppId

@description('Object id of the managed identity\'s service principal: grant it the Graph permissions (docs/deployment.md).')
output identityPrincipalId string = identity.outputs.principalId

@description('Key Vault holding the secrets.')
output keyVaultName string = keyVault.outputs.name

@description('PostgreSQL server, for backups (pg_dump) and az postgres flexible-server commands.')
output postgresServerName string = postgres.outputs.name

@description('Azure Bot resource.')
output botName string = bot.outputs.name
