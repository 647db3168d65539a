// Production: two instances behind App Service's load balancer (Hangfire shares the PostgreSQL storage), general
// purpose PostgreSQL with 35 days of point-in-time restore copied to the paired region, a custom domain, and the
// coordinator web app signing in with its own app registration (replace the sample client id with yours).
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
param signInClientId = '22222222-3333-4444-8555-666666666666'
param signInClientSecret = readEnvironmentVariable('VERKOSTOT_SIGNIN_CLIENT_SECRET')
param postgresAdministratorPassword = readEnvironmentVariable('VERKOSTOT_POSTGRES_PASSWORD')
param linkSigningKey = readEnvironmentVariable('VERKOSTOT_LINK_SIGNING_KEY')
param tags = {
  owner: 'Kuntaliitto'
}
