metadata description = 'PuenteBot on Azure: the bot registration, a Linux web app on .NET 10, PostgreSQL Flexible Server with Entra ID sign-in, Key Vault for the secrets, Log Analytics and Application Insights. See README.md in this folder.'

// ---------------------------------------------------------------- names and sizes

@description('Prefix of every resource name: 3 to 20 lowercase letters, digits or single hyphens, starting with a letter. The web app is <prefix>-app.azurewebsites.net, so it must be unique in Azure.')
@minLength(3)
@maxLength(20)
param namePrefix string

@description('Region of every resource but the bot registration (which is global).')
param location string = resourceGroup().location

@description('Tags put on every resource.')
param tags object = {
  application: 'PuenteBot'
}

@description('App Service plan size: B1 is enough for a small clinic; production P1v3 or larger.')
param appServiceSku string = 'B1'

@description('Web app instances; they share the PostgreSQL database.')
@minValue(1)
@maxValue(30)
param appServiceInstances int = 1

@description('Zone redundancy for the App Service plan (Premium v3, at least 3 instances) and a zone-redundant PostgreSQL standby (not Burstable).')
param zoneRedundant bool = false

@description('PostgreSQL compute size.')
param postgresSku string = 'Standard_B1ms'

@description('PostgreSQL tier matching postgresSku.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresTier string = 'Burstable'

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL storage in GB (it grows by itself when nearly full).')
@minValue(32)
param postgresStorageGB int = 32

@description('Days of point-in-time restore.')
@minValue(7)
@maxValue(35)
param postgresBackupRetentionDays int = 7

@description('Copy the PostgreSQL backups to the paired region.')
param postgresGeoRedundantBackup bool = false

@description('Days Log Analytics keeps logs and traces.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

@description('Key Vault purge protection (cannot be turned off once on).')
param keyVaultPurgeProtection bool = false

@description('Azure Bot pricing tier (Direct Line and Web Chat are standard channels).')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

// ---------------------------------------------------------------- bot identity

@description('How the bot signs in to the Bot Framework: UserAssignedMSI (the managed identity this template makes, no password), or an app registration you made (SingleTenant or MultiTenant, with microsoftAppId and microsoftAppPassword).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
  'MultiTenant'
])
param microsoftAppType string = 'UserAssignedMSI'

@description('SingleTenant and MultiTenant: the app registration\'s client id. Ignored for UserAssignedMSI.')
param microsoftAppId string = ''

@description('SingleTenant and MultiTenant: the app registration\'s client secret. Leave out for UserAssignedMSI.')
@secure()
param microsoftAppPassword string?

@description('SingleTenant: the app registration\'s tenant when it is not this subscription\'s. Ignored otherwise.')
param microsoftAppTenantId string = ''

@description('The public https address when it is not https://<prefix>-app.azurewebsites.net (a custom domain bound to the web app), without a trailing slash.')
param publicBaseUrl string = ''

@description('The name the bot registration shows.')
param botDisplayName string = 'PuenteBot'

// ---------------------------------------------------------------- clinic facts

@description('Clinic:Name, told to families.')
param clinicName string

@description('Clinic:Phone, told to families (e.g. +1 555 010 0100).')
param clinicPhone string

@description('Clinic:Hours, e.g. "Mon-Fri 8:00-17:00". Empty: the bot says to ask the clinic.')
param clinicHours string = ''

@description('Clinic:Address. Empty: the bot says to ask the clinic.')
param clinicAddress string = ''

@description('Clinic:TimeZone (IANA name).')
param clinicTimeZone string = 'America/Chicago'

@description('Clinic:VideoVisits: "true", "false" or empty (unknown: the bot says to ask the clinic).')
@allowed([
  ''
  'true'
  'false'
])
param clinicVideoVisits string = ''

@description('Clinicians:Language: the language of escalation summaries.')
@allowed([
  'en'
  'es'
])
param cliniciansLanguage string = 'en'

@description('Clinicians:ApiKeys:0, the bearer key of the clinician API (escalations, enrolment). Leave out: the API answers 401.')
@secure()
param cliniciansApiKey string?

// ---------------------------------------------------------------- SMS (Twilio)

@description('Sms:Twilio:AccountSid. Empty: no SMS.')
param twilioAccountSid string = ''

@description('Sms:Twilio:FromNumber, E.164.')
param twilioFromNumber string = ''

@description('Sms:Twilio:AuthToken: signs and checks the webhooks. Needed with SMS.')
@secure()
param twilioAuthToken string?

@description('Sms:PhoneHashSalt: keys the phone hashes in the database. Needed with SMS; never change it afterwards.')
@secure()
param smsPhoneHashSalt string?

// ---------------------------------------------------------------- escalations

@description('Escalation:Webhook:Url. Empty: no webhook.')
param escalationWebhookUrl string = ''

@description('Escalation:Webhook:Secret: signs the webhook body (16 characters or more; needed with escalationWebhookUrl).')
@secure()
@minLength(16)
param escalationWebhookSecret string?

@description('Escalation:Teams:WebhookUrl (a Teams incoming-webhook or workflow address: it carries its own key, so it is kept as a secret). Leave out: no Teams.')
@secure()
param teamsWebhookUrl string?

@description('Escalation:Email:SmtpHost. Empty: no email.')
param smtpHost string = ''

@description('Escalation:Email:SmtpPort.')
@minValue(1)
@maxValue(65535)
param smtpPort int = 587

@description('Escalation:Email:Security.')
@allowed([
  'Auto'
  'None'
  'StartTls'
  'StartTlsWhenAvailable'
  'SslOnConnect'
])
param smtpSecurity string = 'StartTls'

@description('Escalation:Email:UserName. Empty: no authentication.')
param smtpUserName string = ''

@description('Escalation:Email:Password.')
@secure()
param smtpPassword string?

@description('Escalation:Email:From.')
param escalationEmailFrom string = ''

@description('Escalation:Email:To: one or more addresses, separated by commas.')
param escalationEmailTo string = ''

// ---------------------------------------------------------------- portal, links, tokens

@description('Portal:Accounts:0:User: a first local portal account. Empty: none (use OpenID Connect).')
param portalAdminUser string = ''

@description('Portal:Accounts:0:Name.')
param portalAdminName string = ''

@description('Portal:Accounts:0:PasswordHash, from `dotnet run --project bot -- portal hash-password`.')
@secure()
param portalAdminPasswordHash string?

@description('Portal:OpenIdConnect:Authority (e.g. https://login.microsoftonline.com/<tenant>/v2.0). Empty: local accounts only.')
param portalOpenIdAuthority string = ''

@description('Portal:OpenIdConnect:ClientId.')
param portalOpenIdClientId string = ''

@description('Portal:OpenIdConnect:ClientSecret.')
@secure()
param portalOpenIdClientSecret string?

@description('Families:InviteSigningKey (32 characters or more). Leave out: a random key kept in the database.')
@secure()
@minLength(32)
param familiesInviteSigningKey string?

@description('DirectLine:TokenSigningKey, mixed into the web chat\'s token keys so the database alone cannot forge tokens.')
@secure()
param directLineTokenSigningKey string?

// ---------------------------------------------------------------- retention, LLM, telemetry

@description('Storage:RetentionDays: inactive conversations are deleted after this; 0 keeps them.')
@minValue(0)
param storageRetentionDays int = 365

@description('Escalation:RetentionDays.')
@minValue(0)
param escalationRetentionDays int = 2555

@description('AzureOpenAI:Endpoint. Empty: no language model.')
param azureOpenAIEndpoint string = ''

@description('AzureOpenAI:Deployment.')
param azureOpenAIDeployment string = ''

@description('AzureOpenAI:ApiKey.')
@secure()
param azureOpenAIApiKey string?

@description('OpenTelemetry:Endpoint: an OTLP collector besides Application Insights. Empty: none.')
param openTelemetryEndpoint string = ''

// ---------------------------------------------------------------- resources

var isManagedIdentity = microsoftAppType == 'UserAssignedMSI'
var databaseName = 'puentebot'

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: '${namePrefix}-identity'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    namePrefix: namePrefix
    location: location
    tags: tags
    retentionInDays: logRetentionDays
  }
}

module keyVault 'modules/keyvault.bicep' = {
  name: 'keyVault'
  params: {
    name: '${take(replace(namePrefix, '-', ''), 10)}-${uniqueString(resourceGroup().id)}'
    location: location
    tags: tags
    readerPrincipalId: identity.outputs.principalId
    enablePurgeProtection: keyVaultPurgeProtection
    secrets: {
      'microsoft-app-password': isManagedIdentity ? '' : microsoftAppPassword ?? ''
      'clinicians-api-key': cliniciansApiKey ?? ''
      'twilio-auth-token': twilioAuthToken ?? ''
      'sms-phone-hash-salt': smsPhoneHashSalt ?? ''
      'escalation-webhook-secret': escalationWebhookSecret ?? ''
      'teams-webhook-url': teamsWebhookUrl ?? ''
      'smtp-password': smtpPassword ?? ''
      'portal-admin-password-hash': portalAdminPasswordHash ?? ''
      'portal-openid-client-secret': portalOpenIdClientSecret ?? ''
      'families-invite-signing-key': familiesInviteSigningKey ?? ''
      'directline-token-signing-key': directLineTokenSigningKey ?? ''
      'azure-openai-api-key': azureOpenAIApiKey ?? ''
    }
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    name: '${namePrefix}-db'
    location: location
    tags: tags
    databaseName: databaseName
    version: postgresVersion
    skuName: postgresSku
    tier: postgresTier
    storageSizeGB: postgresStorageGB
    backupRetentionDays: postgresBackupRetentionDays
    geoRedundantBackup: postgresGeoRedundantBackup
    zoneRedundant: zoneRedundant
    administratorPrincipalId: identity.outputs.principalId
    administratorName: identity.outputs.name
  }
}

module appService 'modules/appservice.bicep' = {
  name: 'appService'
  params: {
    namePrefix: namePrefix
    location: location
    tags: tags
    skuName: appServiceSku
    instanceCount: appServiceInstances
    zoneRedundant: zoneRedundant
    identityId: identity.outputs.id
  }
}

var appTenantId = isManagedIdentity
  ? identity.outputs.tenantId
  : microsoftAppType == 'MultiTenant' ? '' : empty(microsoftAppTenantId) ? subscription().tenantId : microsoftAppTenantId
var baseUrl = empty(publicBaseUrl) ? 'https://${appService.outputs.defaultHostName}' : publicBaseUrl
var vaultUri = keyVault.outputs.vaultUri

@description('A Key Vault reference to the latest version of the secret, or empty when the secret was not given.')
func secretSetting(vaultUri string, secretName string, value string?) string =>
  empty(value) ? '' : '@Microsoft.KeyVault(SecretUri=${vaultUri}secrets/${secretName}/)'

var settings = {
  Urls: 'http://0.0.0.0:8080'
  ASPNETCORE_FORWARDEDHEADERS_ENABLED: 'true'
  APPLICATIONINSIGHTS_CONNECTION_STRING: monitoring.outputs.appInsightsConnectionString
  OpenTelemetry__Endpoint: openTelemetryEndpoint
  Hosting__PublicBaseUrl: baseUrl
  Storage__Provider: 'postgres'
  Storage__ConnectionString: 'Host=${postgres.outputs.fullyQualifiedDomainName};Database=${postgres.outputs.databaseName};Username=${identity.outputs.name};SslMode=Require'
  Storage__EntraId: 'true'
  Storage__EntraIdClientId: identity.outputs.clientId
  Storage__RetentionDays: string(storageRetentionDays)
  MicrosoftAppType: microsoftAppType
  MicrosoftAppId: isManagedIdentity ? identity.outputs.clientId : microsoftAppId
  MicrosoftAppTenantId: appTenantId
  MicrosoftAppPassword: isManagedIdentity ? '' : secretSetting(vaultUri, 'microsoft-app-password', microsoftAppPassword)
  Clinic__Name: clinicName
  Clinic__Phone: clinicPhone
  Clinic__Hours: clinicHours
  Clinic__Address: clinicAddress
  Clinic__TimeZone: clinicTimeZone
  Clinic__VideoVisits: clinicVideoVisits
  Clinicians__Language: cliniciansLanguage
  Sms__Twilio__AccountSid: twilioAccountSid
  Sms__Twilio__FromNumber: twilioFromNumber
  Sms__PublicBaseUrl: baseUrl
  Sms__Twilio__AuthToken: secretSetting(vaultUri, 'twilio-auth-token', twilioAuthToken)
  Sms__PhoneHashSalt: secretSetting(vaultUri, 'sms-phone-hash-salt', smsPhoneHashSalt)
  Escalation__RetentionDays: string(escalationRetentionDays)
  Escalation__Webhook__Url: escalationWebhookUrl
  Escalation__Webhook__Secret: secretSetting(vaultUri, 'escalation-webhook-secret', escalationWebhookSecret)
  Escalation__Teams__WebhookUrl: secretSetting(vaultUri, 'teams-webhook-url', teamsWebhookUrl)
  Escalation__Email__SmtpHost: smtpHost
  Escalation__Email__SmtpPort: string(smtpPort)
  Escalation__Email__Security: smtpSecurity
  Escalation__Email__UserName: smtpUserName
  Escalation__Email__Password: secretSetting(vaultUri, 'smtp-password', smtpPassword)
  Escalation__Email__From: escalationEmailFrom
  Escalation__Email__To: escalationEmailTo
  Portal__OpenIdConnect__Authority: portalOpenIdAuthority
  Portal__OpenIdConnect__ClientId: portalOpenIdClientId
  Portal__OpenIdConnect__ClientSecret: secretSetting(vaultUri, 'portal-openid-client-secret', portalOpenIdClientSecret)
  Families__InviteSigningKey: secretSetting(vaultUri, 'families-invite-signing-key', familiesInviteSigningKey)
  DirectLine__TokenSigningKey: secretSetting(vaultUri, 'directline-token-signing-key', directLineTokenSigningKey)
  AzureOpenAI__Endpoint: azureOpenAIEndpoint
  AzureOpenAI__Deployment: azureOpenAIDeployment
  AzureOpenAI__ApiKey: secretSetting(vaultUri, 'azure-openai-api-key', azureOpenAIApiKey)
  AzureOpenAI__ManagedIdentityClientId: identity.outputs.clientId
}

// A list entry is only written when it is given: an empty key or account fails the bot's start-up validation.
var apiKeySettings = empty(cliniciansApiKey)
  ? {}
  : {
      Clinicians__ApiKeys__0: secretSetting(vaultUri, 'clinicians-api-key', cliniciansApiKey)
    }

var portalAccountSettings = empty(portalAdminUser)
  ? {}
  : {
      Portal__Accounts__0__User: portalAdminUser
      Portal__Accounts__0__Name: portalAdminName
      Portal__Accounts__0__Language: cliniciansLanguage
      Portal__Accounts__0__PasswordHash: secretSetting(vaultUri, 'portal-admin-password-hash', portalAdminPasswordHash)
    }

module appSettings 'modules/appsettings.bicep' = {
  name: 'appSettings'
  params: {
    siteName: appService.outputs.name
    settings: union(settings, apiKeySettings, portalAccountSettings)
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${namePrefix}-bot'
    tags: tags
    displayName: botDisplayName
    sku: botSku
    appType: microsoftAppType
    appId: isManagedIdentity ? identity.outputs.clientId : microsoftAppId
    tenantId: appTenantId
    identityId: identity.outputs.id
    endpoint: '${baseUrl}/api/messages'
  }
}

@description('The messaging endpoint the Azure Bot calls.')
output messagingEndpoint string = '${baseUrl}/api/messages'

@description('The bot\'s own web chat page (the embedded Direct Line); families open it from their invitation link.')
output webChatUrl string = '${baseUrl}/'

@description('Twilio: the number\'s "A message comes in" webhook (HTTP POST).')
output twilioWebhookUrl string = '${baseUrl}/api/sms/twilio'

@description('The web app to zip-deploy the published bot to.')
output webAppName string = appService.outputs.name

@description('The bot registration (Teams and other channels are added to it).')
output botName string = bot.outputs.name

@description('The vault holding the secrets.')
output keyVaultName string = keyVault.outputs.name

@description('The PostgreSQL server host.')
output postgresHost string = postgres.outputs.fullyQualifiedDomainName
