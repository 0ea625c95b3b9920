// The notice is printed with Noto Sans SC from the @expo-google-fonts/noto-sans-sc npm package:
// it ships static TrueType files (glyf outlines), which pdfkit subsets so that a notice embeds
// only the few hundred glyphs it uses. The @fontsource packages ship only WOFF/WOFF2, which
// pdfkit cannot read, and Source Han Sans on npm is CFF (.otf) at 17 MB a weight.
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
