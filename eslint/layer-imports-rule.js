/**
 * ESLint rule `layers/imports`: an import (static, dynamic, re-export or type) must go where the
 * importing file's layer may go (see layers.js). Paths are compared, not resolved, so a rule holds
 * for a folder that does not exist yet and an import of a missing file is judged all the same.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LAYERS, MOCK_ENTRY, PRODUCTION } from './layers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The path from the project root, with forward slashes. */
const fromRoot = (absolute) => relative(ROOT, absolute).split(sep).join('/');

const inside = (path, folder) => path === folder || path.startsWith(`${folder}/`);

/** `{ layer, unit }` of a project path, where `unit` is the layer or, for features, `features/<name>`; null outside the layers. */
export function layerOf(path) {
  for (const [layer, { folder, perFolder }] of Object.entries(LAYERS)) {
    if (!inside(path, folder)) continue;
    if (!perFolder) return { layer, unit: folder };
    const name = path.slice(folder.length + 1).split('/')[0];
    return { layer, unit: name ? `${folder}/${name}` : folder };
  }
  return null;
}

const isPackage = (specifier) => !specifier.startsWith('.') && !specifier.startsWith('/');
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Why `file` may not import `specifier`, or null when it may. */
export function violation(file, specifier, dynamic) {
  const from = layerOf(file);
  const production = inside(file, PRODUCTION);
  if (!from && !production) return null;
  const bare = specifier.split('?')[0];
  if (isPackage(bare)) {
    const allowed = from && LAYERS[from.layer].packages;
    if (!allowed || allowed.includes(packageName(bare))) return null;
    return `${from.unit} may not import the package "${bare}": ${LAYERS[from.layer].why}.`;
  }
  const target = fromRoot(bare.startsWith('/') ? resolve(ROOT, `.${bare}`) : resolve(ROOT, dirname(file), bare));
  if (production && inside(target, LAYERS.mocks.folder)) {
    if (file === MOCK_ENTRY && dynamic) return null;
    return `${file} may not import the mock backend (${target}): only ${MOCK_ENTRY} loads it, by dynamic import in mock mode.`;
  }
  if (!from) return null;
  const to = layerOf(target);
  if (to?.unit === from.unit) return null;
  if (to && LAYERS[from.layer].may.includes(to.layer)) return null;
  return `${from.unit} may not import ${to ? to.unit : target}: ${LAYERS[from.layer].why}.`;
}

/** The module specifier of an import-like node, when it is a plain string. */
function specifierOf(node) {
  const source = node.type === 'TSImportType' ? node.argument?.literal : node.type === 'TSExternalModuleReference' ? node.expression : node.source;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : null;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layerImportsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layering: app → features → view, ui, api → domain; mocks → domain.' },
    schema: [],
    messages: { layer: '{{reason}}' },
  },
  create(context) {
    const file = fromRoot(context.filename);
    const check = (node) => {
      const specifier = specifierOf(node);
      if (specifier === null) return;
      const reason = violation(file, specifier, node.type === 'ImportExpression');
      if (reason) context.report({ node, messageId: 'layer', data: { reason } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
      ImportExpression: check,
      TSImportType: check,
      TSExternalModuleReference: check,
    };
  },
};

/** The plugin, for eslint.config.js. */
export const layersPlugin = { meta: { name: 'layers' }, rules: { imports: layerImportsRule } };
