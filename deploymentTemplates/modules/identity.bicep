// The bot's identity when MicrosoftAppType is UserAssignedMSI: no secret to store or rotate.
@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string

param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output tenantId string = identity.properties.tenantId
