// AwarenessBot on Azure: a Linux web app on .NET 10 running the bot, and an Azure Bot connecting it to
// Microsoft Teams, Facebook Messenger, Direct Line (the website widget) and Web Chat.
// Deploy: see README.md beside this file. main.json is this template compiled (`bicep build main.bicep`).
targetScope = 'resourceGroup'

@description('Short name used to derive resource names (letters, digits, hyphens).')
@minLength(3)
@maxLength(24)
param baseName string = 'awarenessbot'

@description('Azure region of the web app, plan and identity. The bot itself is always global.')
param location string = resourceGroup().location

@description('SingleTenant (an app registration with a client secret) or UserAssignedMSI (a managed identity, no secret).')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s application (client) id.')
param microsoftAppId string = ''

@description('SingleTenant only: a client secret of the app registration.')
@secure()
param microsoftAppPassword string = ''

@description('Tenant of the app registration or managed identity.')
param tenantId string = subscription().tenantId

@description('App Service plan SKU.')
param appServicePlanSku string = 'B1'

@description('Azure Bot SKU.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Name shown for the bot in Teams, Messenger and Web Chat.')
param botDisplayName string = 'AwarenessBot'

@description('Region code for emergency numbers when the user and channel say nothing (AwarenessBot__DefaultRegion).')
param defaultRegion string = 'US'

@description('Extra origins (https://www.example.org) allowed to host the Direct Line chat widget; the web app\'s own origin is always trusted.')
param directLineTrustedOrigins array = []

@description('Facebook app id; leave empty to deploy without the Facebook channel.')
param facebookAppId string = ''

@description('Facebook app secret.')
@secure()
param facebookAppSecret string = ''

@description('Facebook Page id the bot answers on.')
param facebookPageId string = ''

@description('Page access token of that Facebook Page.')
@secure()
param facebookPageAccessToken string = ''

param tags object = {
  application: 'AwarenessBot'
}

var suffix = uniqueString(resourceGroup().id, baseName)
var webAppName = '${baseName}-${suffix}'
var isMsi = appType == 'UserAssignedMSI'

module identity 'modules/identity.bicep' = if (isMsi) {
  name: 'identity'
  params: {
    name: '${baseName}-identity'
    location: location
    tags: tags
  }
}

// A managed identity's client id is the bot's app id; SingleTenant brings its own.
var appId = isMsi ? identity!.outputs.clientId : microsoftAppId
var identityResourceId = isMsi ? identity!.outputs.id : ''

module web 'modules/webapp.bicep' = {
  name: 'webapp'
  params: {
    name: webAppName
    location: location
    planSku: appServicePlanSku
    appType: appType
    appId: appId
    appPassword: microsoftAppPassword
    tenantId: tenantId
    identityResourceId: identityResourceId
    defaultRegion: defaultRegion
    tags: tags
  }
}

module bot 'modules/bot.bicep' = {
  name: 'bot'
  params: {
    name: '${baseName}-bot-${suffix}'
    displayName: botDisplayName
    sku: botSku
    appType: appType
    appId: appId
    tenantId: tenantId
    identityResourceId: identityResourceId
    endpoint: 'https://${web.outputs.hostName}/api/messages'
    directLineTrustedOrigins: union(['https://${web.outputs.hostName}'], directLineTrustedOrigins)
    facebookAppId: facebookAppId
    facebookAppSecret: facebookAppSecret
    facebookPageId: facebookPageId
    facebookPageAccessToken: facebookPageAccessToken
    tags: tags
  }
}

output webAppName string = web.outputs.name
output webAppHostName string = web.outputs.hostName
output messagingEndpoint string = 'https://${web.outputs.hostName}/api/messages'
output botName string = bot.outputs.name
output microsoftAppId string = appId
output channels array = bot.outputs.channels
