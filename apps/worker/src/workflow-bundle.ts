import type { WorkerOptions } from '@temporalio/worker';

/**
 * Where the worker's workflow code comes from. Workspace packages inside the bundle resolve
 * through their `source` export condition, as Jest and the type checker do, so the bundle is
 * built from the same TypeScript the tests run.
 */
export const WORKFLOW_BUNDLE_OPTIONS: Pick<WorkerOptions, 'workflowsPath' | 'bundlerOptions'> = {
  workflowsPath: require.resolve('@firecase/workflows'),
  bundlerOptions: {
    webpackConfigHook: (config) => ({
      ...config,
      resolve: { ...config.resolve, conditionNames: ['source', 'require', 'import', 'default'] },
    }),
  },
};
