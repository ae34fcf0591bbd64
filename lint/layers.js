// `local/layers`: which part of the code may import which — the layer table in
// eslint.config.js, checked on every import, export-from, dynamic import() and require().
// Like VS Code's code-layering rule: a relative specifier is resolved to the file it names, so
// "../store/open.ts" from core/counts and "../../store/open.ts" from core/documents/export are the
// same target; a package specifier is matched by name ("react", "node:fs", "@lexical/react/…").
import path from 'node:path';

/** Layer of a repository-relative path ('core/store/open.ts'): the first entry whose prefix matches. */
export function layerOf(layers, relPath) {
  for (const [name, layer] of Object.entries(layers)) {
    if (layer.paths.some((p) => (p.endsWith('/') ? relPath.startsWith(p) : relPath === p))) return name;
  }
  return null;
}

const packageName = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);

/** Matches a package name against 'react', 'node:*', '@lexical/*'. */
const packageMatches = (name, pattern) => (pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern);

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the layer table: which folders and packages each layer may import.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'object' }, exceptions: { type: 'array' }, mustBeListed: { type: 'array' } },
        required: ['root', 'layers'],
      },
    ],
    messages: {
      layer: '“{{from}}”层不能引用“{{to}}”层（{{target}}）。允许：{{allowed}}。把共用的类型或纯函数移到 core/model，读库的代码移到 core/store。',
      unlisted: '“{{target}}”不属于层级表中的任何一层：请在 eslint.config.js 的层级表里给它定层。',
      newFolder: '“{{file}}”不属于层级表中的任何一层：新文件夹请先在 eslint.config.js 的层级表里定层，写明它可以引用哪些层。',
      package: '“{{from}}”层不能引用 {{name}}：{{why}}',
    },
  },
  create(context) {
    const { root, layers, exceptions = [], mustBeListed = [] } = context.options[0];
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const from = layerOf(layers, file);
    if (!from) {
      if (!mustBeListed.some((p) => file.startsWith(p))) return {};
      return { Program: (node) => context.report({ node, messageId: 'newFolder', data: { file } }) };
    }
    const rules = layers[from];
    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = path
          .relative(root, path.resolve(path.dirname(context.filename), spec))
          .split(path.sep)
          .join('/');
        const to = layerOf(layers, target);
        if (!to) {
          // files outside the table (templates/*.json, package.json) are data, not code
          if (/\.(tsx?|m?js|cjs)$/.test(target) && !target.startsWith('..')) context.report({ node, messageId: 'unlisted', data: { target } });
          return;
        }
        const excused = exceptions.some(([f, t]) => f === file && t === target);
        if (to !== from && !rules.allow.includes(to) && !excused) {
          context.report({ node, messageId: 'layer', data: { from, to, target, allowed: [from, ...rules.allow].join('、') } });
        }
        return;
      }
      const name = packageName(spec);
      const banned = (rules.forbidPackages ?? []).find(([pattern]) => packageMatches(name, pattern) || packageMatches(spec, pattern));
      if (banned) context.report({ node, messageId: 'package', data: { from, name: spec, why: banned[1] } });
    }
    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node.arguments[0], node.arguments[0].value);
      },
    };
  },
};

export default { rules: { layers: layersRule } };
