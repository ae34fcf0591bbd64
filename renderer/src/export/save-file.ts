// Hands exported bytes to the person: a download in the browser host. (The Electron host will
// answer with a native save dialog once that channel exists.)
export function saveBase64(fileName: string, base64: string, mime = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
