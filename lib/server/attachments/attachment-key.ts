import "server-only";

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Every store refuses any key but a lowercase SHA-256, so a key can never become a path outside the store
 * (`../`) or another S3 prefix, whatever a caller forgot to validate.
 */
export function assertAttachmentKey(sha256: string): void {
  if (!SHA256_HEX.test(sha256)) throw new Error(`attachment store: not a SHA-256 key: ${JSON.stringify(sha256.slice(0, 80))}`);
}
