# syntax=docker/dockerfile:1
#
# One image recipe, three targets (docker-compose.yml builds each with `target:`):
#   api      the NestJS HTTP API on port 3000            node apps/api/dist/main.js
#   worker   the Temporal worker (workflows + activities) node apps/worker/dist/main.js
#   migrate  applies pending TypeORM migrations, exits    node libs/persistence/dist/cli/migrate.js
# e.g. `docker build --target worker -t firecase-worker .`; without --target you get api.
#
# The runtime keeps every workspace's src/ next to its dist/: the worker bundles the workflow
# code with webpack when it starts, from the TypeScript sources (see
# apps/worker/src/workflow-bundle.ts), exactly as the tests run it.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
# package.json's `allowScripts` policy (which dependencies may run install scripts, e.g.
# @swc/core yes, @scarf/scarf's telemetry no) is read by npm 11; the npm 10 that ships with
# Node 20 ignores it and runs every script. Same major as the lock file was written with.
ARG NPM_VERSION=11.19.1
RUN npm install --global --no-audit --no-fund "npm@${NPM_VERSION}"
WORKDIR /app

# Manifests first, so `npm ci` stays cached until a dependency changes. Every workspace of
# package.json needs its package.json here (test/deployment/docker-compose.spec.ts checks).
COPY package.json package-lock.json ./
COPY libs/calendar/package.json libs/calendar/
COPY libs/config/package.json libs/config/
COPY libs/contract/package.json libs/contract/
COPY libs/domain/package.json libs/domain/
COPY libs/notices/package.json libs/notices/
COPY libs/notifications/package.json libs/notifications/
COPY libs/persistence/package.json libs/persistence/
COPY libs/temporal/package.json libs/temporal/
COPY workflows/package.json workflows/
COPY apps/worker/package.json apps/worker/
COPY apps/api/package.json apps/api/
RUN npm ci --no-audit --no-fund

COPY tsconfig.base.json tsconfig.build.json tsconfig.json ./
COPY libs libs
COPY workflows workflows
COPY apps apps
COPY tools/bundle-workflows.mjs tools/
COPY tools/lib/log.mjs tools/lib/
# Compile (tsc -b) and bundle the workflow code once (the worker loads the bundle), then drop the dev tooling (jest, eslint, typescript, ...) from node_modules.
# The workflow bundler (webpack + swc) is a runtime dependency of @temporalio/worker and stays.
RUN npm run build \
  && npm prune --omit=dev --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and only readable by `node`: the processes never write into /app.
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/libs libs
COPY --from=build /app/workflows workflows
COPY --from=build /app/apps apps
USER node

# ---------------------------------------------------------------------------------------------
FROM runtime AS worker
CMD ["node", "apps/worker/dist/main.js"]

# ---------------------------------------------------------------------------------------------
FROM runtime AS migrate
CMD ["node", "libs/persistence/dist/cli/migrate.js"]

# ---------------------------------------------------------------------------------------------
# Last, so that a plain `docker build .` builds the API.
FROM runtime AS api
EXPOSE 3000
# /health answers 200 when PostgreSQL and Temporal are reachable, 503 otherwise.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
