// Lets a child Node process run the TypeScript sources as jest runs them (SWC to CommonJS), so a
// test can start the real entry point and signal it:  node -r ./tests/support/ts-register.js src/main.ts
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const OPTIONS = {
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

// Node's legacy (still supported) hook for a file extension; module._compile hands it the compiled code.
Module._extensions['.ts'] = function compileTypeScript(module, filename) {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), { ...OPTIONS, filename });
  module._compile(code, filename);
};
