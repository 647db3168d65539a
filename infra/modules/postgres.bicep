// Azure Database for PostgreSQL flexible server: the bot's data and Hangfire's job storage (Storage:Provider=PostgreSql),
// shared by every instance of the web app.

@description('Server name (globally unique, becomes <name>.postgres.database.azure.com).')
param name string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the bot\'s database.')
param databaseName string

@description('Administrator login the bot connects with.')
param administratorLogin string

@description('Administrator password.')
@secure()
param administratorPassword string

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (General Purpose).')
param skuName string

@description('Tier matching skuName: Burstable, GeneralPurpose or MemoryOptimized.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param skuTier string

@description('PostgreSQL major version.')
@allowed([
  '15'
  '16'
  '17'
])
param version string

@description('Storage in GiB.')
param storageSizeGB int

@description('Days of point-in-time restore (7-35).')
@minValue(7)
@maxValue(35)
param backupRetentionDays int

@description('Copy backups to the paired region (cannot be changed after creation).')
param geoRedundantBackup bool

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: skuTier
  }
  properties: {
    version: version
    administratorLogin: administratorLogin
    administratorLoginPassword: administratorPassword
    authConfig: {
      passwordAuth: 'Enabled'
      activeDirectoryAuth: 'Disabled'
    }
    storage: {
      storageSizeGB: storageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: backupRetentionDays
      geoRedundantBackup: geoRedundantBackup ? 'Enabled' : 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 is Azure's "allow Azure services" rule: the web app's outbound addresses are Azure's. The server still
// requires TLS and the password; docs/deployment.md says how to move to a virtual network instead.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

@description('Host name of the server.')
output host string = server.properties.fullyQualifiedDomainName

@description('Server name, for az postgres flexible-server commands.')
output name string = server.name

@description('Database name.')
output databaseName string = database.name
