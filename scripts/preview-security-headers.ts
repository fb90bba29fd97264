/**
 * `vite preview` sends the headers a production server should: the Content-Security-Policy built
 * from the config.json beside the served index.html (read on every request, so an edit applies on
 * reload), plus no MIME sniffing and no referrer.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { contentSecurityPolicy, deployedApiBaseUrl } from './content-security-policy.ts';

export function previewSecurityHeaders(buildApiBaseUrl: string): Plugin {
  return {
    name: 'preview-security-headers',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', contentSecurityPolicy(deployedApiBaseUrl(outDir, buildApiBaseUrl)));
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Referrer-Policy', 'no-referrer');
        next();
      });
    },
  };
}
