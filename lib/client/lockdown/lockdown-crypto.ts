import "client-only";
import { err, ok, type Result } from "@/lib/domain/result";
import { z } from "@/lib/domain/z";

// The lockdown hand-over file is encrypted with a passphrase the officer tells the supervisor by phone: the
// file may travel on a USB stick, Zalo or e-mail and holds parties' personal data. AES-256-GCM (authenticated:
// a tampered or truncated file fails to open instead of importing garbage) with a key from PBKDF2-SHA-256 at
// 600,000 iterations (OWASP's 2023 figure; WebCrypto has no Argon2 or scrypt) and a random salt per file.
export const KDF_ITERATIONS = 600_000;

export const EncryptedFileSchema = z
  .object({
    format: z.literal("thads-lockdown"),
    version: z.literal(1),
    kdf: z.object({ name: z.literal("PBKDF2"), hash: z.literal("SHA-256"), iterations: z.number().int().min(100_000).max(10_000_000), salt: z.string() }).strict(),
    cipher: z.object({ name: z.literal("AES-GCM"), iv: z.string() }).strict(),
    ciphertext: z.string(),
  })
  .strict();
export type EncryptedFile = z.infer<typeof EncryptedFileSchema>;

export function toBase64(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(passphrase.normalize("NFC")), "PBKDF2", false, ["deriveKey"]);
  return crypto.subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
}

export async function encryptText(plaintext: string, passphrase: string, iterations = KDF_ITERATIONS): Promise<EncryptedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(plaintext)));
  return {
    format: "thads-lockdown",
    version: 1,
    kdf: { name: "PBKDF2", hash: "SHA-256", iterations, salt: toBase64(salt) },
    cipher: { name: "AES-GCM", iv: toBase64(iv) },
    ciphertext: toBase64(ciphertext),
  };
}

export type DecryptError = "not_a_lockdown_file" | "wrong_passphrase_or_damaged";

export async function decryptText(fileText: string, passphrase: string): Promise<Result<string, DecryptError>> {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch {
    return err("not_a_lockdown_file");
  }
  const file = EncryptedFileSchema.safeParse(json);
  if (!file.success) return err("not_a_lockdown_file");
  try {
    const key = await deriveKey(passphrase, fromBase64(file.data.kdf.salt), file.data.kdf.iterations);
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: fromBase64(file.data.cipher.iv) }, key, fromBase64(file.data.ciphertext));
    return ok(new TextDecoder().decode(plain));
  } catch {
    // GCM cannot tell a wrong passphrase from a damaged file; both mean "do not import".
    return err("wrong_passphrase_or_damaged");
  }
}
