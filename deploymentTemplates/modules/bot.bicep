metadata description = 'The Azure Bot registration: its identity (UserAssignedMSI by default, SingleTenant or MultiTenant), the messaging endpoint on the web app, and the Direct Line and Web Chat channels.'

@description('Name of the bot resource (globally unique, 2 to 64 characters).')
@minLength(2)
@maxLength(64)
param name string

param tags object

@description('The name families and clinicians see.')
param displayName string

@allowed([
  'F0'
  'S1'
])
param sku string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
  'MultiTenant'
])
param appType string

@description('The app id: the managed identity\'s client id for UserAssignedMSI, else the app registration\'s.')
param appId string

@description('The app\'s tenant (UserAssignedMSI and SingleTenant).')
param tenantId string

@description('Resource id of the managed identity (UserAssignedMSI only).')
param identityId string

@description('https://<web app>/api/messages')
param endpoint string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: appType == 'MultiTenant' ? null : tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
    disableLocalAuth: false
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

output name string = bot.name
