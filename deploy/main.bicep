// Bạn Đồng Hành on Azure: two or more stateless app instances (Container Apps) on Cosmos DB, an Azure Bot
// Service registration for /api/messages, Key Vault for the secrets, Application Insights and Log Analytics.
// Deploy guide: deploy/README.md. Validate: `az bicep build --file deploy/main.bicep` (see the guide).
targetScope = 'resourceGroup'

@description('Azure region of everything except the Bot Service (global). Southeast Asia is the closest to Vietnam.')
param location string = resourceGroup().location

@description('Short prefix for resource names (3-12 lower-case letters/digits), e.g. bdh-qn.')
@minLength(3)
@maxLength(12)
param prefix string

@description('Container image built from deploy/Dockerfile, e.g. myregistry.azurecr.io/ban-dong-hanh:1.4.0.')
param containerImage string

@description('Registry to pull the image from with the app identity (grant it AcrPull). Empty for a public image.')
param registryServer string = ''

@description('Replicas always running (at least two).')
@minValue(2)
param minReplicas int = 2

@description('Replicas under load.')
@minValue(2)
param maxReplicas int = 6

@description('Custom host name for the app (bind its certificate afterwards, see the guide). Empty = default Container Apps host.')
param customDomain string = ''

@description('Cosmos DB capacity: serverless (pay per request) or autoscale (provisioned, shared by all containers).')
@allowed([
  'serverless'
  'autoscale'
])
param cosmosCapacityMode string = 'serverless'

@description('autoscale only: maximum RU/s of the database.')
param cosmosAutoscaleMaxThroughput int = 1000

@description('Extra Cosmos DB regions for failover, e.g. [\'eastasia\'].')
param cosmosFailoverLocations array = []

@description('Bot Service pricing tier: F0 (free, standard channels limited) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Settings with plain values passed to the app as environment variables (see README "Configuration"), e.g. { OFFICE_HOURS: \'Mon-Fri 07:30-17:00\', ORG_UNIT: \'…\' }.')
param appSettings object = {}

@secure()
@description('WEB_SESSION_SECRET (≥ 32 characters): the same on every instance, or web-chat sessions break when the load balancer switches instance.')
param webSessionSecret string

@secure()
@description('MESSENGER_VERIFY_TOKEN. Leave the three MESSENGER_* values empty to run without Messenger.')
param messengerVerifyToken string = ''

@secure()
@description('MESSENGER_APP_SECRET (signs webhooks).')
param messengerAppSecret string = ''

@secure()
@description('MESSENGER_PAGE_ACCESS_TOKEN (Send API).')
param messengerPageAccessToken string = ''

@description('ZALO_APP_ID. Leave the ZALO_* values empty to run without Zalo.')
param zaloAppId string = ''

@secure()
@description('ZALO_APP_SECRET.')
param zaloAppSecret string = ''

@secure()
@description('ZALO_OA_SECRET_KEY (webhook signature).')
param zaloOaSecretKey string = ''

@secure()
@description('ZALO_REFRESH_TOKEN: first refresh token, used once (the rotated pair is then kept in Cosmos DB).')
param zaloRefreshToken string = ''

@secure()
@description('SMTP_URL for alert e-mails (optional).')
param smtpUrl string = ''

var tenantId = subscription().tenantId
var unique = uniqueString(resourceGroup().id, prefix)

// --- identity: the app signs in to Cosmos DB, Key Vault, the registry and Bot Framework with it ---
resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-id'
  location: location
}

// --- monitoring ---
resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${prefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-ai'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

// --- Key Vault: every secret the app reads ---
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${prefix}-kv-${unique}', 24)
  location: location
  properties: {
    tenantId: tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

var messengerOn = !empty(messengerAppSecret)
var zaloOn = !empty(zaloOaSecretKey)
var secretValues = concat([
  {
    name: 'web-session-secret'
    envName: 'WEB_SESSION_SECRET'
    value: webSessionSecret
  }
], messengerOn ? [
  {
    name: 'messenger-verify-token'
    envName: 'MESSENGER_VERIFY_TOKEN'
    value: messengerVerifyToken
  }
  {
    name: 'messenger-app-secret'
    envName: 'MESSENGER_APP_SECRET'
    value: messengerAppSecret
  }
  {
    name: 'messenger-page-access-token'
    envName: 'MESSENGER_PAGE_ACCESS_TOKEN'
    value: messengerPageAccessToken
  }
] : [], zaloOn ? [
  {
    name: 'zalo-app-secret'
    envName: 'ZALO_APP_SECRET'
    value: zaloAppSecret
  }
  {
    name: 'zalo-oa-secret-key'
    envName: 'ZALO_OA_SECRET_KEY'
    value: zaloOaSecretKey
  }
] : [], zaloOn && !empty(zaloRefreshToken) ? [
  {
    name: 'zalo-refresh-token'
    envName: 'ZALO_REFRESH_TOKEN'
    value: zaloRefreshToken
  }
] : [], empty(smtpUrl) ? [] : [
  {
    name: 'smtp-url'
    envName: 'SMTP_URL'
    value: smtpUrl
  }
])

resource secrets 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for s in secretValues: {
  parent: vault
  name: s.name
  properties: {
    value: s.value
  }
}]

// "Key Vault Secrets User" for the app identity.
var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
resource vaultAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, secretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// --- Cosmos DB ---
module cosmos 'cosmos.bicep' = {
  name: 'cosmos'
  params: {
    location: location
    accountName: take('${prefix}-cosmos-${unique}', 44)
    capacityMode: cosmosCapacityMode
    autoscaleMaxThroughput: cosmosAutoscaleMaxThroughput
    appPrincipalId: identity.properties.principalId
    failoverLocations: cosmosFailoverLocations
  }
}

// --- the app ---
var baseEnv = {
  STORAGE: 'cosmos'
  COSMOS_ENDPOINT: cosmos.outputs.endpoint
  COSMOS_DATABASE: cosmos.outputs.databaseName
  // DefaultAzureCredential picks the user-assigned identity by this id (COSMOS_KEY stays empty).
  AZURE_CLIENT_ID: identity.properties.clientId
  MicrosoftAppType: 'UserAssignedMSI'
  MicrosoftAppId: identity.properties.clientId
  MicrosoftAppTenantId: tenantId
  APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
  LOG_LEVEL: 'info'
}
var zaloEnv = zaloOn ? {
  ZALO_APP_ID: zaloAppId
} : {}
var allEnv = union(baseEnv, zaloEnv, appSettings)

module app 'app.bicep' = {
  name: 'app'
  dependsOn: [
    vaultAccess
    secrets
  ]
  params: {
    location: location
    name: prefix
    containerImage: containerImage
    registryServer: registryServer
    minReplicas: minReplicas
    maxReplicas: maxReplicas
    identityId: identity.id
    customDomain: customDomain
    env: [for k in objectKeys(allEnv): {
      name: k
      value: string(allEnv[k])
    }]
    secrets: [for s in secretValues: {
      name: s.name
      envName: s.envName
      keyVaultUrl: '${vault.properties.vaultUri}secrets/${s.name}'
    }]
    logAnalyticsCustomerId: logs.properties.customerId
    logAnalyticsSharedKey: logs.listKeys().primarySharedKey
  }
}

// --- Azure Bot Service: Bot Framework channels (Web Chat, Direct Line, Emulator through a tunnel) ---
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${prefix}-bot-${unique}'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Bạn Đồng Hành'
    endpoint: 'https://${app.outputs.publicHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: tenantId
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

// --- availability: Application Insights calls /readyz from three locations every 5 minutes ---
resource readiness 'Microsoft.Insights/webtests@2022-06-15' = {
  name: '${prefix}-readyz'
  location: location
  tags: {
    'hidden-link:${insights.id}': 'Resource'
  }
  kind: 'standard'
  properties: {
    SyntheticMonitorId: '${prefix}-readyz'
    Name: 'Bạn Đồng Hành /readyz'
    Enabled: true
    Frequency: 300
    Timeout: 30
    Kind: 'standard'
    RetryEnabled: true
    Locations: [
      {
        Id: 'apac-sg-sin-azr'
      }
      {
        Id: 'apac-hk-hkn-azr'
      }
      {
        Id: 'emea-nl-ams-azr'
      }
    ]
    Request: {
      RequestUrl: 'https://${app.outputs.publicHost}/readyz'
      HttpVerb: 'GET'
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}

@description('Base URL of the service: webhooks are <url>/webhooks/messenger and <url>/webhooks/zalo.')
output url string = 'https://${app.outputs.publicHost}'
output containerApp string = app.outputs.appName
output keyVault string = vault.name
output cosmosAccount string = cosmos.outputs.accountName
output cosmosEndpoint string = cosmos.outputs.endpoint
output botName string = bot.name
output identityClientId string = identity.properties.clientId
