import { existsSync } from 'node:fs';
import { cjkFontPath, NoticeFontMissingError } from './cjk-font';

describe(cjkFontPath.name, () => {
  it('finds the installed TrueType font', () => {
    const path = cjkFontPath('regular');
    expect(path).toMatch(/\.ttf$/);
    expect(existsSync(path)).toBe(true);
  });

  it('names the missing package instead of failing inside pdfkit', () => {
    const missing = () => {
      throw Object.assign(new Error('Cannot find module'), { code: 'MODULE_NOT_FOUND' });
    };
    expect(() => cjkFontPath('bold', missing)).toThrow(NoticeFontMissingError);
    expect(() => cjkFontPath('bold', missing)).toThrow(
      /npm dependency @expo-google-fonts\/noto-sans-sc/,
    );
  });
});
