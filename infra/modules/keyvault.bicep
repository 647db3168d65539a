// Key Vault for the bot's secrets. The web app reads them through Key Vault references with the bot's managed
// identity (role "Key Vault Secrets User"); nobody needs access policies or the secrets in app settings.

@description('Name of the vault (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the managed identity that reads the secrets (known before deployment, so What-If can name the role assignment).')
param readerName string

@description('Object id of that identity\'s service principal.')
param readerPrincipalId string

@description('Purge protection keeps deleted secrets for the retention period; it cannot be turned off again.')
param enablePurgeProtection bool

@description('Npgsql connection string of the bot\'s database (secret: holds the password).')
@secure()
param storageConnectionString string

@description('HMAC key of the signed links.')
@secure()
param linkSigningKey string

@description('Store the client secret of the bot\'s app registration (SingleTenant bots; a managed identity has none).')
param storeBotAppPassword bool

@description('That client secret.')
@secure()
param botAppPassword string

@description('Store the client secret of the coordinator web app\'s sign-in registration.')
param storeSignInClientSecret bool

@description('That client secret.')
@secure()
param signInClientSecret string

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection ? true : null
    publicNetworkAccess: 'Enabled'
  }
}

resource storageConnectionStringSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: storageConnectionString
  }
}

resource linkSigningKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'link-signing-key'
  properties: {
    value: linkSigningKey
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeBotAppPassword) {
  parent: vault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
  }
}

resource signInClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (storeSignInClientSecret) {
  parent: vault
  name: 'sign-in-client-secret'
  properties: {
    value: signInClientSecret
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, readerName, secretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

@description('Vault URI, e.g. https://<name>.vault.azure.net/.')
output uri string = vault.properties.vaultUri

@description('Vault name; read after the secrets exist, so a Key Vault reference built from it resolves at once.')
output name string = vault.name

@description('Names of the stored secrets, for Key Vault references.')
output secretNames object = {
  storageConnectionString: storageConnectionStringSecret.name
  linkSigningKey: linkSigningKeySecret.name
  botAppPassword: storeBotAppPassword ? botAppPasswordSecret.name : ''
  signInClientSecret: storeSignInClientSecret ? signInClientSecretSecret.name : ''
}
