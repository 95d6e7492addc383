import { installExactJsonParse } from './json-parse';

// Imported first by every Lambda bundle (esbuild inject, infra/constructs/function.ts), the local CLI and the tests.
installExactJsonParse();
