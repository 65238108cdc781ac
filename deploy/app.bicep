// The app: an Azure Container Apps environment and the container app with at least two replicas (stateless
// instances sharing Cosmos DB; cross-instance console events ride the Cosmos change feed). Secrets come from
// Key Vault through the user-assigned identity.

@description('Azure region.')
param location string

@description('Name prefix of the resources.')
param name string

@description('Container image, e.g. myregistry.azurecr.io/ban-dong-hanh:1.4.0 (built from deploy/Dockerfile).')
param containerImage string

@description('Registry server to pull from with the managed identity (needs AcrPull), e.g. myregistry.azurecr.io. Empty = a public image.')
param registryServer string = ''

@description('Replicas that always run (two or more: one instance may restart or update while the other serves).')
@minValue(2)
param minReplicas int = 2

@description('Replicas under load (HTTP concurrency rule).')
@minValue(2)
param maxReplicas int = 6

@description('Resource id of the user-assigned managed identity.')
param identityId string

@description('Environment variables with plain values: [{ name, value }].')
param env array

@description('Key Vault secrets: [{ name (container-app secret name), keyVaultUrl, envName }].')
param secrets array

@description('Public host name when a custom domain is bound (e.g. chat.tinhdoan.example.vn); empty = the app\'s default *.azurecontainerapps.io name.')
param customDomain string = ''

@description('Log Analytics workspace that receives container logs.')
param logAnalyticsCustomerId string

@secure()
@description('Shared key of that workspace.')
param logAnalyticsSharedKey string

resource cae 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: '${name}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logAnalyticsCustomerId
        sharedKey: logAnalyticsSharedKey
      }
    }
  }
}

var appName = '${name}-app'
var publicHost = empty(customDomain) ? '${appName}.${cae.properties.defaultDomain}' : customDomain
var publicEnv = [
  {
    name: 'PUBLIC_URL'
    value: 'https://${publicHost}'
  }
]
var secretEnv = [for s in secrets: {
  name: s.envName
  secretRef: s.name
}]

resource app 'Microsoft.App/containerApps@2024-03-01' = {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    managedEnvironmentId: cae.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 3978
        transport: 'auto'
        allowInsecure: false
        // A browser's web-chat requests and its event stream stay on one instance (the widget's live stream
        // is held in that instance's memory). Webhooks and Bot Framework calls need no affinity.
        stickySessions: {
          affinity: 'sticky'
        }
      }
      registries: empty(registryServer) ? [] : [
        {
          server: registryServer
          identity: identityId
        }
      ]
      secrets: [for s in secrets: {
        name: s.name
        keyVaultUrl: s.keyVaultUrl
        identity: identityId
      }]
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: concat(env, publicEnv, secretEnv)
          probes: [
            {
              type: 'Startup'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 5
              failureThreshold: 24
            }
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: 3978
              }
              periodSeconds: 30
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/readyz'
                port: 3978
              }
              periodSeconds: 10
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
        rules: [
          {
            name: 'http'
            http: {
              metadata: {
                concurrentRequests: '50'
              }
            }
          }
        ]
      }
    }
  }
}

@description('Default host name of the app.')
output fqdn string = app.properties.configuration.ingress.fqdn
@description('The host name webhooks and the Bot Service use (custom domain when given).')
output publicHost string = publicHost
output appName string = app.name
