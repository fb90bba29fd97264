// Shared by every unit and integration test. Component tests opt into jsdom with a
// `// @vitest-environment jsdom` docblock; the stubs below apply only there.
import '@testing-library/jest-dom/vitest';
import { installDomStubs } from './dom-stubs';

if (typeof window !== 'undefined') installDomStubs();
