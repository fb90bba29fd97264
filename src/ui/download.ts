/** Saves `text` as a file the browser downloads; nothing leaves the machine. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the object URL can go once this task is over.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name safe on every system: "error-many" stays, "a/b c" becomes "a-b-c". */
export function safeFileName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'depot';
}
