// The notice is printed with Noto Sans SC from the @expo-google-fonts/noto-sans-sc npm package:
// it ships static TrueType files (glyf outlines), which pdfkit subsets so that a notice embeds
// only the few hundred glyphs it uses. The @fontsource packages ship only WOFF/WOFF2, which
// pdfkit cannot read, and Source Han Sans on npm is CFF (.otf) at 17 MB a weight.
import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';

const FONT_FILES = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type CjkFontWeight = keyof typeof FONT_FILES;

/** Raised at render time when the font package is not installed, instead of a pdfkit ENOENT. */
export class NoticeFontMissingError extends Error {
  constructor(
    readonly fontModule: string,
    cause: unknown,
  ) {
    super(
      `The Chinese font for rectification notices is missing: cannot resolve ${fontModule}. ` +
        `Install the npm dependency ${FONT_PACKAGE} (npm ci at the repository root).`,
      { cause },
    );
    this.name = 'NoticeFontMissingError';
  }
}

/** The absolute path of a Simplified Chinese TrueType font; `resolve` is swappable for tests. */
export function cjkFontPath(
  weight: CjkFontWeight,
  resolve: (request: string) => string = require.resolve,
): string {
  const fontModule = `${FONT_PACKAGE}/${FONT_FILES[weight]}`;
  try {
    return resolve(fontModule);
  } catch (error) {
    throw new NoticeFontMissingError(fontModule, error);
  }
}

/** The fonts a document is set in: 正文 (regular) and 标题 (bold). */
export interface CjkFonts {
  readonly body: PDFKit.Mixins.PDFFontSource;
  readonly heading: PDFKit.Mixins.PDFFontSource;
}

let loaded: CjkFonts | undefined;

/**
 * The two weights, read and parsed once per process and shared by every document. Given a path,
 * pdfkit reads the 10 MB file and parses it again for each document (and for the constructor's
 * default font once more): about 70 ms of CPU per notice, against 8 ms with the parsed font,
 * whose glyph and layout caches then serve every later notice. pdfkit takes a fontkit font as
 * it is (PDFFontFactory.open), though its type declarations list only paths and buffers.
 */
export function cjkFonts(): CjkFonts {
  loaded ??= {
    body: parsed(cjkFontPath('regular')),
    heading: parsed(cjkFontPath('bold')),
  };
  return loaded;
}

function parsed(path: string): PDFKit.Mixins.PDFFontSource {
  const font = fontkit.create(readFileSync(path));
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}
