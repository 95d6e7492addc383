import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (infra/..): entry files and the lock file are found from here, not from the cwd. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FUNCTIONS_DIR = join(REPO_ROOT, 'functions');
export const LOCK_FILE = join(REPO_ROOT, 'package-lock.json');
/** The built web console (`npm run build:console`). */
export const CONSOLE_DIST = join(REPO_ROOT, 'console', 'dist');
