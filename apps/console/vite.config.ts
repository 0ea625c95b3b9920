import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// `npm run dev:console`: Vite on :5173 with hot reload; every request that is not the console's
// own (its modules, or a page a browser navigates to) goes to the API at FIRECASE_API_URL.
// This is build tooling, not the application, so it reads the environment itself.
const api = process.env.FIRECASE_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  // @firecase/domain is consumed as TypeScript source ("source" export condition), exactly as
  // the type checker, Jest and the workflow bundler read it: one labels module for all of them.
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: {
    host: '127.0.0.1',
    port: 5173,
    proxy: {
      '^/(?!@|src/|node_modules/|assets/).+': {
        target: api,
        bypass: (request) =>
          request.headers.accept?.includes('text/html') ? '/index.html' : undefined,
      },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks each page loads (npm run bench reports their sizes).
    manifest: true,
    // Pages load lazily (app.tsx); the shared antd code Rollup splits out by what imports it.
    chunkSizeWarningLimit: 1500,
  },
});
