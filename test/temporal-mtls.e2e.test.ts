// docker-compose's Temporal mTLS, as far as it can run without Docker: the certificates
// deploy/temporal/make-certs.sh makes, and the api and the worker configured exactly as the
// compose file configures them (TEMPORAL_TLS_*), talking to the real Temporal dev server through
// a TLS terminator that, like Temporal's frontend with TEMPORAL_TLS_REQUIRE_CLIENT_AUTH, admits
// only clients with a certificate of the CA. The dev server itself cannot do TLS; the terminator
// stands in for the TLS layer of Temporal's frontend and nothing else.
import { execFileSync, spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { Connection } from '@temporalio/client';
import request from 'supertest';
import { freePort } from '../tools/lib/free-port.cjs';
import { startApiApp, startWorkerApp } from './support/running-apps';
import { createSignedInUser } from './support/signed-in-user';
import { stackConfig } from './support/stack';

const ROOT = join(__dirname, '..');
const hasOpenssl = spawnSync('sh', ['-c', 'command -v openssl'], { stdio: 'ignore' }).status === 0;

(hasOpenssl ? describe : describe.skip)(
  'Temporal behind mTLS (real dev server, compose certificates)',
  () => {
    let certs: string;
    let terminator: Server;
    let address: string;
    const clients: string[] = [];
    const file = (name: string) => join(certs, name);

    beforeAll(async () => {
      certs = mkdtempSync(join(tmpdir(), 'firecase-certs-'));
      execFileSync('bash', [join(ROOT, 'deploy/temporal/make-certs.sh'), certs], { stdio: 'pipe' });
      const [host, port] = process.env.TEMPORAL_ADDRESS!.split(':');
      terminator = createServer(
        {
          key: readFileSync(file('temporal.key')),
          cert: readFileSync(file('temporal.pem')),
          ca: readFileSync(file('ca.pem')),
          requestCert: true,
          rejectUnauthorized: true,
          ALPNProtocols: ['h2'],
        },
        (socket: TLSSocket) => {
          clients.push(String(socket.getPeerCertificate().subject?.CN));
          const upstream = connectTcp(Number(port), host);
          socket.pipe(upstream).pipe(socket);
          const close = () => (socket.destroy(), upstream.destroy());
          socket.on('error', close);
          upstream.on('error', close);
        },
      );
      terminator.on('tlsClientError', () => undefined);
      const listenPort = await freePort();
      await new Promise<void>((resolve) => terminator.listen(listenPort, '127.0.0.1', resolve));
      address = `127.0.0.1:${listenPort}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => terminator?.close(resolve));
      rmSync(certs, { recursive: true, force: true });
    });

    /** The variables docker-compose gives a service, with its own certificate. */
    const composeTls = (name: string) => ({
      TEMPORAL_ADDRESS: address,
      TEMPORAL_TLS: 'true',
      TEMPORAL_TLS_CA_PATH: file('ca.pem'),
      TEMPORAL_TLS_CLIENT_CERT_PATH: file(`${name}.pem`),
      TEMPORAL_TLS_CLIENT_KEY_PATH: file(`${name}.key`),
      TEMPORAL_TLS_SERVER_NAME: 'temporal',
    });

    it('makes certificates fit for the job: server and internode, clients only, one CA', () => {
      const ca = new X509Certificate(readFileSync(file('ca.pem')));
      expect(ca.ca).toBe(true);
      const leaf = (name: string) => new X509Certificate(readFileSync(file(`${name}.pem`)));
      expect(leaf('temporal').subjectAltName).toContain('DNS:temporal');
      expect(leaf('temporal').keyUsage).toEqual(
        expect.arrayContaining(['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']),
      );
      for (const name of ['api', 'worker', 'ui', 'admin', 'operator']) {
        expect({ name, usage: leaf(name).keyUsage }).toEqual({
          name,
          usage: ['1.3.6.1.5.5.7.3.2'],
        });
        expect(leaf(name).checkIssued(ca) && leaf(name).verify(ca.publicKey)).toBe(true);
      }
      // Running it again keeps what exists: the CA and every certificate stay the same.
      const before = readFileSync(file('api.pem'), 'utf8');
      execFileSync('bash', [join(ROOT, 'deploy/temporal/make-certs.sh'), certs], { stdio: 'pipe' });
      expect(readFileSync(file('api.pem'), 'utf8')).toBe(before);
    });

    it('runs a case through the api and the worker, each with its own client certificate', async () => {
      const worker = await startWorkerApp(stackConfig(composeTls('worker')));
      const api = await startApiApp(stackConfig(composeTls('api')));
      try {
        const officer = await createSignedInUser(api, { role: 'officer' });
        const opened = await request(api.getHttpServer())
          .post('/cases')
          .set(officer)
          .send({
            location: { community: 'mTLS Community', grid: 'G-01', address: '1 Tianbao Road' },
            category: 'electric_bike',
            hazardType: 'electric_bike.parked_in_stairwell',
            description: 'E-bikes in the stairwell',
            severity: 'general',
            responsibleParty: { name: 'Tianbao Property Co.' },
            department: 'planning_environment',
            discoveredAt: new Date().toISOString(),
          })
          .expect(201);
        await request(api.getHttpServer())
          .post(`/cases/${opened.body.caseNumber}/notice`)
          .set(officer)
          .send({ requirements: 'Move the bikes out' })
          .expect(200);
        expect(new Set(clients)).toEqual(new Set(['api', 'worker']));
      } finally {
        await api.close();
        await worker.stop();
      }
    });

    it('turns away a client without a certificate, or with one of another CA', async () => {
      const ca = readFileSync(file('ca.pem'));
      const attempt = (clientCertPair?: { crt: Buffer; key: Buffer }) =>
        Connection.connect({
          address,
          connectTimeout: 3_000,
          tls: { serverRootCACertificate: ca, serverNameOverride: 'temporal', clientCertPair },
        }).then(async (connection) => {
          await connection.close();
          return 'connected';
        });
      await expect(attempt()).rejects.toThrow();
      const stranger = mkdtempSync(join(tmpdir(), 'firecase-stranger-'));
      try {
        // A CA of its own, as anyone could make: its certificates mean nothing here.
        execFileSync('bash', [join(ROOT, 'deploy/temporal/make-certs.sh'), stranger], {
          stdio: 'pipe',
        });
        await expect(
          attempt({
            crt: readFileSync(join(stranger, 'api.pem')),
            key: readFileSync(join(stranger, 'api.key')),
          }),
        ).rejects.toThrow();
      } finally {
        rmSync(stranger, { recursive: true, force: true });
      }
      await expect(
        attempt({ crt: readFileSync(file('admin.pem')), key: readFileSync(file('admin.key')) }),
      ).resolves.toBe('connected');
    });
  },
);
