// The bot's host: App Service on Linux with the .NET 10 stack, running the output of scripts/publish.sh (zip
// deploy). That build is self-contained: `dotnet Verkostot.Bot.dll` runs the runtime shipped in it, so a runtime
// update on the plan does not change the bot. Secrets are Key Vault references resolved with the bot's managed identity.

@description('Name of the App Service plan.')
param planName string

@description('Name of the web app (globally unique, becomes <name>.azurewebsites.net).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Plan size: B1 for one small instance, P0v3 or larger for several.')
param skuName string

@description('Number of instances; more than one needs PostgreSQL (which this template always uses).')
@minValue(1)
@maxValue(10)
param instanceCount int

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('App settings: name → value. Secret values are Key Vault references, never the secrets themselves.')
param appSettings object

@description('Log Analytics workspace for the app\'s console and HTTP logs.')
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet Verkostot.Bot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // App Service takes an instance out of the load balancer while this answers non-2xx.
      healthCheckPath: '/health/ready'
      appSettings: [for setting in items(appSettings): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// Deployments go through Entra ID (az webapp deploy), never with FTP or basic-auth publishing credentials.
resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource diagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  scope: site
  name: 'to-log-analytics'
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

@description('Web app name, for az webapp deploy.')
output name string = site.name

@description('Default host name (<name>.azurewebsites.net).')
output defaultHostName string = site.properties.defaultHostName
