metadata description = 'Linux App Service plan and the Web App running PuenteBot on .NET 10: HTTPS only, always on, health check on /healthz/live (an instance App Service can usefully replace; /healthz/ready is for monitoring) and the user-assigned identity (also for Key Vault references); the app settings follow in appsettings.bicep.'

param namePrefix string

param location string

param tags object

@description('Plan size: B1 for a small clinic, P1v3 or larger for production (zone redundancy needs Premium v3).')
param skuName string

@minValue(1)
@maxValue(30)
param instanceCount int

@description('Spread the plan\'s instances over availability zones (Premium v3, at least 3 instances).')
param zoneRedundant bool

@description('Resource id of the user-assigned managed identity.')
param identityId string

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
    zoneRedundant: zoneRedundant
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-app'
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
      appCommandLine: 'dotnet PuenteBot.dll'
      alwaysOn: true
      healthCheckPath: '/healthz/live'
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
