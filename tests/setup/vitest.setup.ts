// Shared by every unit and integration test. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` docblock; the stubs and the clean-up below apply only there.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { installDomStubs } from './dom-stubs';

if (typeof window !== 'undefined') {
  installDomStubs();
  // Vitest runs without globals, so Testing Library cannot register its own clean-up.
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());
}
