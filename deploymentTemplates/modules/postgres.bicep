metadata description = 'Azure Database for PostgreSQL Flexible Server with Entra ID sign-in only: the bot\'s managed identity is the server\'s Entra administrator and signs in with a token (Storage:EntraId), so no database password exists.'

@description('Name of the server (globally unique).')
param name string

param location string

param tags object

@description('Name of the database the bot uses.')
param databaseName string

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param version string

@description('Compute size, e.g. Standard_B1ms (Burstable) or Standard_D2ds_v5 (GeneralPurpose).')
param skuName string

@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param tier string

@minValue(32)
param storageSizeGB int

@description('Days point-in-time restore reaches back.')
@minValue(7)
@maxValue(35)
param backupRetentionDays int

@description('Backups copied to the paired region.')
param geoRedundantBackup bool

@description('A standby in another availability zone (not with the Burstable tier).')
param zoneRedundant bool

@description('The managed identity that becomes the Entra administrator the bot signs in as.')
param administratorPrincipalId string

param administratorName string

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: skuName
    tier: tier
  }
  properties: {
    version: version
    authConfig: {
      activeDirectoryAuth: 'Enabled'
      passwordAuth: 'Disabled'
      tenantId: subscription().tenantId
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
      mode: zoneRedundant ? 'ZoneRedundant' : 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

resource administrator 'Microsoft.DBforPostgreSQL/flexibleServers/administrators@2024-08-01' = {
  parent: server
  name: administratorPrincipalId
  properties: {
    principalType: 'ServicePrincipal'
    principalName: administratorName
    tenantId: subscription().tenantId
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: server
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
  dependsOn: [
    administrator
  ]
}

@description('0.0.0.0 to 0.0.0.0: connections from Azure services (the web app) only; sign-in still needs an Entra token.')
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
  dependsOn: [
    database
  ]
}

output fullyQualifiedDomainName string = server.properties.fullyQualifiedDomainName
output databaseName string = database.name
