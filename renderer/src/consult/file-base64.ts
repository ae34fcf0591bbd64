// A picked file as base64, the form binary payloads take over the contract.

/**
 * Upload channels take bodies up to UPLOAD_BODY_LIMIT (core/api/contract.ts, 48 MB) and the file
 * field up to 40 million base64 characters: about 30 MB of file, since base64 adds a third.
 */
export const MAX_UPLOAD_BYTES = 29 * 1024 * 1024;

export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error(`无法读取“${file.name}”，请确认文件没有被其他程序占用。`));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
