// The Azure Bot registration with the Microsoft Teams channel. Teams sends activities to the messaging endpoint;
// the bot's app id is the managed identity's client id (or an Entra app registration's, for SingleTenant).

@description('Name of the Azure Bot resource.')
param name string

@description('Name shown in the Azure portal.')
param displayName string

@description('Tags for every resource.')
param tags object

@description('UserAssignedMSI (the identity below) or SingleTenant (an Entra app registration with a secret).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string

@description('The bot\'s app id: the managed identity\'s client id or the app registration\'s client id.')
param appId string

@description('Tenant of the app id.')
param tenantId string

@description('Resource id of the managed identity (UserAssignedMSI only).')
param identityId string

@description('Public HTTPS address of /api/messages.')
param messagingEndpoint string

@description('F0 (free) is enough: Teams is a standard channel with no message limit.')
@allowed([
  'F0'
  'S1'
])
param sku string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  // Azure Bot registrations are global; the bot's data stay in the web app's and the database's region.
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: messagingEndpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    disableLocalAuth: false
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

@description('Name of the Azure Bot resource.')
output name string = bot.name
