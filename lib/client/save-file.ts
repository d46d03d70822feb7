import "client-only";

/**
 * Hands a file made in the browser (CSV, XLSX) to the user as a download. The object URL is revoked on the
 * next task, not at once: Safari starts the download asynchronously and a revoked URL gives an empty file.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
