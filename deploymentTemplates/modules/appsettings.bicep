metadata description = 'The web app\'s app settings, written once its host name is known (the public address and links depend on it).'

@description('Name of the existing web app.')
param siteName string

@description('Configuration as environment variables (nested keys joined with __); values may be Key Vault references.')
param settings object

resource site 'Microsoft.Web/sites@2024-04-01' existing = {
  name: siteName
}

resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
