// Every tag colour the console uses is readable: its text on its tinted background has WCAG AA's
// 4.5:1 (axe-core checks the pages in the browser tests, but only the tags the shared stack's data
// happens to show; this renders each colour through antd's own style engine with our theme).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCache, extractStyle, StyleProvider } from '@ant-design/cssinjs';
import ConfigProvider from 'antd/lib/config-provider';
import Tag from 'antd/lib/tag';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { theme } from './theme';

const AA_NORMAL_TEXT = 4.5;
const STATUS_COLOURS = ['success', 'processing', 'error', 'warning'];
const PRESET_COLOURS = [
  'blue',
  'purple',
  'cyan',
  'green',
  'magenta',
  'pink',
  'red',
  'orange',
  'yellow',
  'volcano',
  'geekblue',
  'lime',
  'gold',
];

describe('tag colours (WCAG AA contrast)', () => {
  const used = tagColoursInSource(join(__dirname, '..'));
  const css = renderedTagStyles([...STATUS_COLOURS, ...PRESET_COLOURS]);

  it('finds the colours the console’s tags use', () => {
    expect(used).toEqual(expect.arrayContaining(['success', 'error', 'blue']));
  });

  it.each(used)('%s has AA contrast on its background', (colour) => {
    const style = css.get(colour);
    expect(style).toBeDefined();
    expect(contrast(style!.color, style!.background)).toBeGreaterThanOrEqual(AA_NORMAL_TEXT);
  });
});

/** The antd colour names that tags in the console's source are given. */
function tagColoursInSource(root: string): string[] {
  const known = new Set([...STATUS_COLOURS, ...PRESET_COLOURS]);
  const found = new Set<string>();
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('<Tag')) continue;
    for (const [, name] of text.matchAll(/['"]([a-z]+)['"]/g)) if (known.has(name)) found.add(name);
  }
  return [...found].sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'api' ? [] : sourceFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Each colour's text and background, as antd's style engine writes them under our theme. */
function renderedTagStyles(colours: string[]): Map<string, { color: string; background: string }> {
  const cache = createCache();
  renderToString(
    h(
      StyleProvider,
      { cache },
      h(ConfigProvider, { theme }, ...colours.map((c) => h(Tag, { key: c, color: c }, c))),
    ),
  );
  const css = extractStyle(cache, true);
  const styles = new Map<string, { color: string; background: string }>();
  for (const [, colour, body] of css.matchAll(/\.ant-tag\.ant-tag-([a-z]+)\{([^}]*)\}/g)) {
    const color = /(?:^|;)color:(#[0-9a-f]{6})/i.exec(body)?.[1];
    const background = /(?:^|;)background:(#[0-9a-f]{6})/i.exec(body)?.[1];
    if (color && background) styles.set(colour, { color, background });
  }
  return styles;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}
