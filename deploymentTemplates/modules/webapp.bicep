// App Service plan and Linux web app running the published AwarenessBot.Web (dotnet AwarenessBot.Web.dll).
@description('Name of the web app; its host name becomes <name>.azurewebsites.net.')
param name string

@description('Azure region of the plan and the web app.')
param location string

@description('App Service plan SKU, for example B1 or P0v3 (Always On needs Basic or higher).')
param planSku string

@description('SingleTenant or UserAssignedMSI.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param appType string

@description('The bot\'s app id: the app registration\'s client id, or the managed identity\'s client id.')
param appId string

@description('Client secret of the app registration; used only when appType is SingleTenant.')
@secure()
param appPassword string

@description('Tenant of the app registration or managed identity.')
param tenantId string

@description('Resource id of the user-assigned managed identity; empty for SingleTenant.')
param identityResourceId string

@description('Region code the bot uses for emergency numbers when nothing else says (AwarenessBot__DefaultRegion).')
param defaultRegion string

param tags object

var isMsi = appType == 'UserAssignedMSI'

var identitySettings = [
  { name: 'MicrosoftAppType', value: appType }
  { name: 'MicrosoftAppId', value: appId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
]
// The password exists only for SingleTenant; a managed identity has no secret at all.
var passwordSetting = isMsi ? [] : [{ name: 'MicrosoftAppPassword', value: appPassword }]
var botSettings = [
  { name: 'AwarenessBot__DefaultRegion', value: defaultRegion }
  // The published app is self-contained in its folder: nothing to build on the server.
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
]

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: planSku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: isMsi
    ? {
        type: 'UserAssigned'
        userAssignedIdentities: {
          '${identityResourceId}': {}
        }
      }
    : {
        type: 'None'
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet AwarenessBot.Web.dll'
      alwaysOn: planSku != 'F1' && planSku != 'D1'
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(identitySettings, passwordSetting, botSettings)
    }
  }
}

// FTP is off twice over: ftpsState above and no basic-auth credentials for FTP. Zip deploy uses Entra tokens.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = site.name
output hostName string = site.properties.defaultHostName
