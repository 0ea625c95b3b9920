import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { format, resolveConfig } from 'prettier';

const INTRO = `# Benchmarks

Written by \`npm run bench\` against the running stack (\`npm start\`). The sections between the
\`bench:\` markers are rewritten by each run; text outside them is kept.
`;

/**
 * Replaces the named generated section of the benchmarks document (or appends it), leaving the
 * hand-written text around the markers alone, and formats the file as the repository's Prettier
 * does, so \`prettier --check\` stays clean.
 */
export async function writeSection(file: string, name: string, body: string): Promise<void> {
  const begin = `<!-- bench:${name}:begin -->`;
  const end = `<!-- bench:${name}:end -->`;
  const block = `${begin}\n\n${body.trim()}\n\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : INTRO;
  const from = current.indexOf(begin);
  const to = current.indexOf(end);
  const next =
    from >= 0 && to > from
      ? current.slice(0, from) + block + current.slice(to + end.length)
      : `${current.trimEnd()}\n\n${block}\n`;
  const options = (await resolveConfig(file)) ?? {};
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, await format(next, { ...options, filepath: file }));
}
