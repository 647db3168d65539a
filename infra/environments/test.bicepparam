// A test environment: one small instance, burstable PostgreSQL. Secrets come from the environment of the shell
// that deploys (docs/deployment.md), never from this file.
using '../main.bicep'

param environmentName = 'test'
param location = 'swedencentral'
param appServiceSku = 'B1'
param instanceCount = 1
param postgresSku = 'Standard_B1ms'
param postgresTier = 'Burstable'
param postgresBackupRetentionDays = 7
param keyVaultPurgeProtection = false
param postgresAdministratorPassword = readEnvironmentVariable('VERKOSTOT_POSTGRES_PASSWORD')
param linkSigningKey = readEnvironmentVariable('VERKOSTOT_LINK_SIGNING_KEY')
param tags = {
  owner: 'Kuntaliitto'
}
