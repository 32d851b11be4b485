// The Azure Bot registration and its channels: Microsoft Teams, Facebook Messenger, Direct Line, Web Chat.
@description('Name of the Azure Bot resource (globally unique).')
param name string

@description('Display name shown in channels.')
param displayName string

@description('Azure Bot SKU: F0 (free, standard channels unlimited) or S1.')
@allowed([
  'F0'
  'S1'
])
param sku string

@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

param appId string

param tenantId string

@description('Resource id of the user-assigned managed identity; empty for SingleTenant.')
param identityResourceId string

@description('The bot\'s messaging endpoint, https://<app>/api/messages.')
param endpoint string

@description('Origins allowed to use the Direct Line site (the website hosting the chat widget).')
param directLineTrustedOrigins array

@description('Facebook app id; empty leaves the Facebook channel out.')
param facebookAppId string

@secure()
param facebookAppSecret string

param facebookPageId string

@secure()
param facebookPageAccessToken string

param tags object

var deployFacebook = !empty(facebookAppId) && !empty(facebookPageId)

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  kind: 'azurebot'
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
    }
  }
}

resource facebook 'Microsoft.BotService/botServices/channels@2022-09-15' = if (deployFacebook) {
  parent: bot
  name: 'FacebookChannel'
  location: 'global'
  properties: {
    channelName: 'FacebookChannel'
    properties: {
      isEnabled: true
      appId: facebookAppId
      appSecret: facebookAppSecret
      pages: [
        {
          id: facebookPageId
          accessToken: facebookPageAccessToken
        }
      ]
    }
  }
}

// Enhanced authentication: tokens made from this site's secret work only from the trusted origins.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Website'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          trustedOrigins: directLineTrustedOrigins
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
          isWebchatPreviewEnabled: false
        }
      ]
    }
  }
}

output name string = bot.name
output channels array = concat(
  [teams.name, directLine.name, webChat.name],
  deployFacebook ? ['FacebookChannel'] : []
)
