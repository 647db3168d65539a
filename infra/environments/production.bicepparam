// Production: two instances behind App Service's load balancer (Hangfire shares the PostgreSQL storage), general
// purpose PostgreSQL with 35 days of point-in-time restore copied to the paired region, a custom domain.
using '../main.bicep'

param environmentName = 'prod'
param location = 'swedencentral'
param publicHostName = 'verkostot.kuntaliitto.fi'
param appServiceSku = 'P0v3'
param instanceCount = 2
param postgresSku = 'Standard_D2ds_v5'
param postgresTier = 'GeneralPurpose'
param postgresStorageSizeGB = 64
param postgresBackupRetentionDays = 35
param postgresGeoRedundantBackup = true
param keyVaultPurgeProtection = true
param logRetentionDays = 90
param postgresAdministratorPassword = readEnvironmentVariable('VERKOSTOT_POSTGRES_PASSWORD')
param linkSigningKey = readEnvironmentVariable('VERKOSTOT_LINK_SIGNING_KEY')
param tags = {
  owner: 'Kuntaliitto'
}
