// The bot's user-assigned managed identity: the Azure Bot's app id, the web app's outbound tokens (Bot Connector,
// Microsoft Graph) and its Key Vault reads all use it, so no client secret exists to leak or expire.

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id, for the web app, the Azure Bot and Key Vault references.')
output id string = identity.id

@description('Client id: the bot\'s MicrosoftAppId.')
output clientId string = identity.properties.clientId

@description('Object id of its service principal, for role assignments and Graph permissions.')
output principalId string = identity.properties.principalId

@description('Tenant of the identity: the bot\'s MicrosoftAppTenantId.')
output tenantId string = identity.properties.tenantId
