import { rmSync } from 'node:fs';

export default async function teardown() {
  const stack = globalThis.__firecaseStack;
  if (!stack) return;
  await stack.temporal.teardown();
  await stack.postgres.stop();
  rmSync(stack.dir, { recursive: true, force: true });
}
