metadata description = 'Key Vault (RBAC authorization) holding the deployment\'s secrets; the bot\'s identity may read them (Key Vault Secrets User), and App Service resolves them as Key Vault references.'

@description('Name of the vault (3 to 24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

param location string

param tags object

@description('Principal id of the managed identity that reads the secrets.')
param readerPrincipalId string

@description('Purge protection: a deleted vault or secret cannot be purged before the retention period ends (it cannot be turned off again).')
param enablePurgeProtection bool

@description('Secret name to value; an empty value is not stored.')
@secure()
param secrets object

var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: subscription().tenantId
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

resource secretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [
  for item in items(secrets): if (!empty(item.value)) {
    parent: vault
    name: item.key
    properties: {
      value: item.value
      contentType: 'text/plain'
    }
  }
]

output name string = vault.name
output vaultUri string = vault.properties.vaultUri
