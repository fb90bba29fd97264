/**
 * The layers of the app and what each may import: arrows point one way,
 * `app → features → view, ui, api → domain`, `mocks → domain`, and `domain` imports only zod.
 * Every layer may import itself; a feature only its own folder, never another feature.
 *
 * A layer is a folder, whether or not it exists yet: the rules hold for a layer the day it appears.
 */

/**
 * @typedef {object} Layer
 * @property {string} folder where the layer lives, from the project root
 * @property {boolean} [perFolder] each subfolder is a layer of its own (the features)
 * @property {readonly string[]} may the other layers it may import
 * @property {readonly string[]} [packages] the only packages it may import (any, when absent)
 * @property {string} why the rule in words, shown with a violation
 */

/** @type {Readonly<Record<string, Layer>>} */
export const LAYERS = {
  domain: { folder: 'src/domain', may: [], packages: ['zod'], why: 'the domain imports only zod and itself' },
  api: { folder: 'src/api', may: ['domain'], why: 'the API client imports only the domain' },
  view: { folder: 'src/view', may: ['domain'], why: 'the view store imports only the domain' },
  ui: { folder: 'src/ui', may: ['domain', 'view'], why: 'shared UI imports only the domain and the view store' },
  features: {
    folder: 'src/features',
    perFolder: true,
    may: ['domain', 'api', 'view', 'ui'],
    why: 'a feature imports domain, api, view and ui; never another feature nor the app, which composes them',
  },
  app: { folder: 'src/app', may: ['domain', 'api', 'view', 'ui', 'features'], why: 'the app composes the layers below it' },
  mocks: { folder: 'mocks', may: ['domain'], packages: ['msw', '@mswjs/http-middleware', 'node:http'], why: 'the mock backend imports only the domain, MSW and, to serve over HTTP, node:http' },
};

/**
 * The one place production code may reach the mock backend: a dynamic import, taken only in mock
 * mode, so that a production build holds no mock.
 */
export const MOCK_ENTRY = 'src/app/main.tsx';

/** Production code: everything under src/. */
export const PRODUCTION = 'src';
