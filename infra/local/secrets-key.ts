import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSecretsKey, LOCAL_SECRETS_KEY_ENV } from '../../functions/adapters/local-secrets';
import { DataFileError } from './data-files';

/** The key that encrypts tenant secrets: from the environment, else kept in the data folder, else a new one. */
export const secretsKey = async (env: NodeJS.ProcessEnv, dataDir: string | undefined): Promise<string> => {
  const fromEnv = env[LOCAL_SECRETS_KEY_ENV];
  if (fromEnv) return fromEnv;
  if (!dataDir) return generateSecretsKey();
  const file = path.join(dataDir, 'secrets.key');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Only a missing key is replaced: a new key would make every stored secret unreadable.
    if (code !== 'ENOENT') throw new DataFileError(file, `cannot be read (${code})`, 'Check its permissions');
    const key = generateSecretsKey();
    await writeFile(file, `${key}\n`, { mode: 0o600 });
    return key;
  }
  const key = text.trim();
  if (Buffer.from(key, 'base64').length !== 32 || !/^[A-Za-z0-9+/]+=*$/.test(key)) {
    throw new DataFileError(
      file,
      'is not a 32-byte base64 key (the file is damaged)',
      `Restore it from a backup, or set ${LOCAL_SECRETS_KEY_ENV}; deleting it makes a new key, and the integration secrets stored with the old one must then be entered again`,
    );
  }
  return key;
};
