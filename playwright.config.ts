import { defineConfig } from '@playwright/test';
import { apiE2e } from './tests/e2e/against-api/setup';

// Debian's Chromium, never a downloaded browser. Two apps, both built by scripts/e2e.sh:
// - "mock": the mock build (`vite build --mode mock`) on E2E_PORT, where MSW's worker runs;
// - "against-api": the production build (`dist/`), configured only through its config.json to
//   call `npm run mock-api`, which requires a bearer token and the tenant headers.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 4173);
const api = apiE2e(port);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  retries: 0,
  workers: 1,
  reporter: 'list',
  use: {
    headless: true,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'mock', testIgnore: ['against-api/**', 'answered/**'], use: { baseURL: `http://127.0.0.1:${port}` } },
    { name: 'against-api', testMatch: 'against-api/**/*.spec.ts', use: { baseURL: api.appUrl } },
    // The production build (no service worker in the way), each answer given by the test with page.route.
    { name: 'answered', testMatch: 'answered/**/*.spec.ts', use: { baseURL: api.appUrl } },
  ],
  webServer: [
    {
      command: `npx vite preview --mode mock --outDir dist-mock --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: 'node --import tsx mocks/mock-api.ts',
      env: { PORT: String(api.mockApiPort), MOCK_API_TOKEN: api.token, MOCK_API_ACCOUNT_ID: api.accountId, MOCK_API_WORKSPACE_ID: api.workspaceId },
      // Unauthenticated, the endpoint answers 401: up, and guarded.
      url: `${api.mockApiUrl}/api/depot/welshpool/microgrid`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // The production build, as deployed: config.json written beside index.html, then served.
      command: `node -e "require('node:fs').writeFileSync('dist/config.json', process.env.APP_CONFIG_JSON)" && npx vite preview --outDir dist --host 127.0.0.1 --port ${api.appPort} --strictPort`,
      env: { APP_CONFIG_JSON: JSON.stringify(api.configJson) },
      url: api.appUrl,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
