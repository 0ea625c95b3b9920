import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { theme } from './app/theme';
import './app/console.css';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  // No space inserted between two Chinese characters of a button: screen readers read it.
  <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
    <AntApp>
      <App />
    </AntApp>
  </ConfigProvider>,
);
