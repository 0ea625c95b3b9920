// The Docker image serves the console as `npm start` does: its build stage has what
// `npm run build` needs to build it (tools/, the console's manifest and sources) and its
// runtime keeps apps/console/dist beside the API. No Docker engine here: the Dockerfile is read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dockerfile = readFileSync(join(__dirname, '..', '..', 'Dockerfile'), 'utf8');
const lines = dockerfile.split('\n').map((line) => line.trim());
const at = (line: string) => {
  const index = lines.indexOf(line);
  if (index < 0) throw new Error(`Dockerfile has no line "${line}"`);
  return index;
};

describe('the Docker image and the web console', () => {
  it('builds the console in the build stage, with the tools and sources it needs', () => {
    const build = lines.findIndex((line) => line.startsWith('RUN npm run build'));
    expect(build).toBeGreaterThan(0);
    expect(at('COPY tools tools')).toBeLessThan(build);
    expect(at('COPY apps apps')).toBeLessThan(build);
    expect(at('COPY apps/console/package.json apps/console/')).toBeLessThan(
      at('RUN npm ci --no-audit --no-fund'),
    );
  });

  it('keeps the built console in the runtime image, where the API looks for it', () => {
    expect(lines).toContain('COPY --from=build /app/apps apps');
    // apps/api/src/console/console-files.ts resolves apps/console/dist from apps/api/dist/console.
    const files = readFileSync(
      join(__dirname, '..', '..', 'apps', 'api', 'src', 'console', 'console-files.ts'),
      'utf8',
    );
    expect(files).toContain("resolve(__dirname, '../../../console/dist')");
  });
});
