import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { previewSecurityHeaders } from './scripts/preview-security-headers.ts';

const workerPath = fileURLToPath(new URL('./mocks/public/mockServiceWorker.js', import.meta.url));

/**
 * Serves (dev) or emits (mock build) MSW's service worker. It lives outside `public/` so that a
 * production build never ships it.
 */
function mockServiceWorker(enabled: boolean): Plugin {
  return {
    name: 'mock-service-worker',
    configureServer(server) {
      if (!enabled) return;
      server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(readFileSync(workerPath));
      });
    },
    generateBundle() {
      if (!enabled) return;
      this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: readFileSync(workerPath) });
    },
  };
}

// Mock mode is decided at build time: `npm run dev` and `npm run build:mock` set VITE_MOCK=true
// (.env.development, .env.mock); a plain `npm run build` leaves it unset, so the dynamic import of
// the mock backend is dead code and neither MSW nor any scenario reaches the bundle.
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mock = env.VITE_MOCK === 'true';
  return {
    plugins: [react(), mockServiceWorker(mock), previewSecurityHeaders((env.VITE_API_BASE_URL ?? '').trim().replace(/\/+$/, ''))],
    build: {
      outDir: mode === 'mock' ? 'dist-mock' : 'dist',
      sourcemap: true,
      // The first load is mostly React and React Flow, which every screen needs at once; the problem
      // list, the site-file check and its editor load when first shown, and the mock backend is split
      // out (and absent from production builds). `npm run check:bundle` holds the first load to its budget.
      chunkSizeWarningLimit: 600,
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
