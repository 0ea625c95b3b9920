// Makes sure the Java time-skipping test server is in the cache and tells the tests where.
import { ensureTemporalTestServer } from '../../tools/lib/temporal-test-server.mjs';

export default async function setup() {
  process.env.FIRECASE_TEMPORAL_TEST_SERVER = await ensureTemporalTestServer();
}
