/**
 * The architecture as rules (`pnpm lint`): services stand alone, packages never reach up into a
 * service, a service's root files reach a module only through its index.ts, and nothing is circular.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment:
        'A cycle ties modules together so neither can change or load alone. Type-only links do not load anything: ' +
        "a module naming the context's type while the context folds the modules is not a cycle at run time.",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'service-imports-service',
      severity: 'error',
      comment: 'Services talk over GraphQL or HTTP, never by importing each other.',
      from: { path: '^services/([^/]+)/' },
      to: { path: '^services/([^/]+)/', pathNot: '^services/$1/' },
    },
    {
      name: 'package-imports-service',
      severity: 'error',
      comment: 'Shared packages sit below the services.',
      from: { path: '^packages/' },
      to: { path: '^services/' },
    },
    {
      name: 'root-imports-module-internals',
      severity: 'error',
      comment: "A service's root files use a module through what its index.ts exports.",
      from: { path: '^services/(school|district)/src/[^/]+\\.ts$' },
      to: { path: '^services/(school|district)/src/modules/[^/]+/(?!index\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|generated|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
