import type { ThemeConfig } from 'antd';

// antd's defaults, darkened where they fall below WCAG AA's 4.5:1 for normal text (measured with
// axe-core in the browser tests): white on antd's #1677ff is 4.1:1, on #0958d9 5.9:1; the
// red of errors and the 45 % grey of labels are darkened the same way; tags get text dark enough
// for their pale backgrounds (antd's green, amber and orange text is 2–3.4:1 there; checked for
// every tag colour the console uses by tag-contrast.spec.ts); the 三色 tags have their own
// colours (console.css).
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorInfo: '#0958d9',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
  components: {
    Tag: {
      colorSuccess: '#237804',
      colorWarning: '#874d00',
      green7: '#237804',
      orange7: '#873800',
      gold7: '#874d00',
    },
  },
};
