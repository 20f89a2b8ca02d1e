// Typed operations for front-end teams: one TypedDocumentNode per operation in operations/,
// with its result and variables types (e.g. DistrictDashboardDocument, DistrictDashboardQuery,
// DistrictDashboardQueryVariables), generated from schema/api.graphql.
export * from './apollo-type-policies';
export * from './generated/graphql';
export * from './request';
export * from './survey-ballot';
