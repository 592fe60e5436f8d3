metadata description = 'The user-assigned managed identity PuenteBot runs as: the bot registration (UserAssignedMSI), Key Vault references and the PostgreSQL sign-in.'

@description('Name of the managed identity.')
param name string

param location string

param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
output tenantId string = identity.properties.tenantId
