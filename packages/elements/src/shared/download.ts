/**
 * Saves a blob as a file through the browser's own download, never a network request; the object URL is
 * let go shortly after. The name is the widget's own word for the file (no personal data in it).
 */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
