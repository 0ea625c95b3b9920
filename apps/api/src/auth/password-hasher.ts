import { type Algorithm, hash, verify } from '@node-rs/argon2';

// Algorithm.Argon2id: the enum is `const` and ambient, which isolated modules cannot inline.
const ARGON2ID = 2 as Algorithm;

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommended minimum). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verified against when the user name is unknown, so that a miss costs as long as a wrong
 * password and timing does not tell which user names exist.
 */
export const DUMMY_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$bVI8T6CeEKDHQ4rmIJKdBQ$93qFKESloDM7rXs0CTW2v5S41+xV4TtjW1zxtW5in+s';
