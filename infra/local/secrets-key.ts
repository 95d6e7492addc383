import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSecretsKey, LOCAL_SECRETS_KEY_ENV } from '../../functions/adapters/local-secrets';

/** The key that encrypts tenant secrets: from the environment, else kept in the data folder, else a new one. */
export const secretsKey = async (env: NodeJS.ProcessEnv, dataDir: string | undefined): Promise<string> => {
  const fromEnv = env[LOCAL_SECRETS_KEY_ENV];
  if (fromEnv) return fromEnv;
  if (!dataDir) return generateSecretsKey();
  const file = path.join(dataDir, 'secrets.key');
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch {
    const key = generateSecretsKey();
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
};
