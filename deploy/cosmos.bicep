// Azure Cosmos DB (NoSQL) for Bạn Đồng Hành: account, database and every container the app uses.
// The container list (partition key /pk, TTL switch, indexing policy, unique keys) is cosmos-containers.json,
// generated from src/storage/cosmos/containers.ts and checked against it by test/storage/cosmos/containers.test.ts.

@description('Azure region.')
param location string

@description('Cosmos DB account name (3-44 lower-case letters, digits, hyphens; globally unique).')
@minLength(3)
@maxLength(44)
param accountName string

@description('Database name (COSMOS_DATABASE).')
param databaseName string = 'bandonghanh'

@description('serverless: pay per request (a province, spiky traffic). autoscale: provisioned RU/s shared by all containers, scaling between 10 % and 100 % of autoscaleMaxThroughput (national roll-out).')
@allowed([
  'serverless'
  'autoscale'
])
param capacityMode string = 'serverless'

@description('autoscale only: the maximum RU/s of the database (shared by up to 25 containers; the app has 18).')
@minValue(1000)
param autoscaleMaxThroughput int = 1000

@description('Principal (object) id of the app\'s managed identity: it gets the Cosmos DB Built-in Data Contributor role.')
param appPrincipalId string

@description('Turn off key authentication (recommended: the app signs in with its managed identity, COSMOS_KEY stays empty).')
param disableKeyAuth bool = true

@description('Extra regions for reads and failover (e.g. [\'eastasia\']), autoscale only (serverless is single-region). Empty = single region.')
param failoverLocations array = []

var containers = loadJsonContent('cosmos-containers.json')
var primary = [
  {
    locationName: location
    failoverPriority: 0
    isZoneRedundant: false
  }
]
var secondaries = [for (l, i) in failoverLocations: {
  locationName: l
  failoverPriority: i + 1
  isZoneRedundant: false
}]
// Serverless accounts are single-region: failover regions apply to autoscale only.
var locations = capacityMode == 'serverless' ? primary : concat(primary, secondaries)

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-11-15' = {
  name: accountName
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    consistencyPolicy: {
      // Session: each instance reads its own writes; ETag checks make cross-instance races safe.
      defaultConsistencyLevel: 'Session'
    }
    locations: locations
    capabilities: capacityMode == 'serverless' ? [
      {
        name: 'EnableServerless'
      }
    ] : []
    disableLocalAuth: disableKeyAuth
    minimalTlsVersion: 'Tls12'
    enableAutomaticFailover: capacityMode == 'autoscale' && !empty(failoverLocations)
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-11-15' = {
  parent: account
  name: databaseName
  properties: {
    resource: {
      id: databaseName
    }
    options: capacityMode == 'autoscale' ? {
      autoscaleSettings: {
        maxThroughput: autoscaleMaxThroughput
      }
    } : {}
  }
}

resource sqlContainers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-11-15' = [for c in containers: {
  parent: database
  name: c.id
  properties: {
    resource: union({
      id: c.id
      partitionKey: {
        paths: [
          '/pk'
        ]
        kind: 'Hash'
        version: 2
      }
      indexingPolicy: c.indexingPolicy
    }, c.defaultTtl == null ? {} : {
      defaultTtl: c.defaultTtl
    }, c.uniqueKeyPolicy == null ? {} : {
      uniqueKeyPolicy: c.uniqueKeyPolicy
    })
  }
}]

// Built-in "Cosmos DB Built-in Data Contributor": read and write items, read metadata. Data-plane roles cannot
// create databases or containers, which is why this template creates them all.
var dataContributor = '00000000-0000-0000-0000-000000000002'

resource appDataAccess 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-11-15' = {
  parent: account
  name: guid(account.id, appPrincipalId, dataContributor)
  properties: {
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributor}'
    principalId: appPrincipalId
    scope: account.id
  }
}

@description('COSMOS_ENDPOINT for the app.')
output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
output databaseName string = database.name
