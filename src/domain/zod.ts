/**
 * zod for the domain's schemas: the tree-shakable `zod/mini` API (only what the schemas use
 * reaches the bundle), with zod's English messages, which `zod/mini` does not register by itself,
 * so that a parse failure reads "expected number, received string" rather than "Invalid input".
 */
import { en } from 'zod/locales';
import { z } from 'zod/mini';

z.config(en());

export { z };
