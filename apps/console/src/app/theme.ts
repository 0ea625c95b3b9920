import type { ThemeConfig } from 'antd';

// antd's defaults, with the secondary text darkened: its 45 % black on white is 4.0:1, below
// WCAG AA's 4.5:1 for body text; 65 % is 7.0:1. Red, gold and green tags keep antd's dark text.
export const theme: ThemeConfig = {
  token: {
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
};
