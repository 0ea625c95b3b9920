// Integration: /health answers 503 naming the component that is down. Each case brings the
// component down for real: a Temporal address where nothing listens, and a PostgreSQL cluster
// of the test's own that it stops while the api is running.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { startPostgresChild } from '../tools/lib/postgres-child.cjs';
import { freePort } from '../tools/lib/free-port.cjs';
import { startApiApp } from './support/running-apps';
import { stackConfig } from './support/stack';

describe('GET /health when a dependency is down', () => {
  it('answers 503 with temporal down when nothing listens at TEMPORAL_ADDRESS', async () => {
    const api = await startApiApp(
      stackConfig({ TEMPORAL_ADDRESS: `127.0.0.1:${await freePort()}` }),
    );
    try {
      const response = await request(api.getHttpServer()).get('/health').expect(503);
      expect(response.body.error.temporal.status).toBe('down');
      expect(response.body.info.database.status).toBe('up');
    } finally {
      await api.close();
    }
  });

  it('answers 503 with database down once PostgreSQL stops', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'firecase-health-'));
    chmodSync(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must enter it
    const postgres = await startPostgresChild({
      logFile: join(dir, 'postgres.log'),
      dataDir: join(dir, 'postgres'),
      port: await freePort(),
      database: 'health_probe',
      user: 'firecase',
      password: 'health-test-only',
    });
    const api = await startApiApp(stackConfig({ DATABASE_URL: postgres.url }));
    try {
      await request(api.getHttpServer()).get('/health').expect(200);
      await postgres.stop();
      const response = await request(api.getHttpServer()).get('/health').expect(503);
      expect(response.body.error.database.status).toBe('down');
      expect(response.body.info.temporal.status).toBe('up');
    } finally {
      await api.close().catch(() => undefined);
      await postgres.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
