// A picked file as base64, the form binary payloads take over the contract.

/** The local HTTP host takes request bodies up to 1 MB; base64 makes a file a third larger. */
export const MAX_UPLOAD_BYTES = 740 * 1024;

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
