/** Make a phone photo light enough for a village connection before it is sent. */

/** Photos at most this large are sent as taken (their EXIF time stays with them). */
export const SEND_AS_IS_BYTES = 2.5 * 1024 * 1024;
/** Longest side of a shrunk photo, in pixels. */
export const MAX_SIDE = 2560;

/**
 * The photo as taken when small; otherwise a JPEG of at most MAX_SIDE pixels (orientation applied).
 * Falls back to the original whenever the browser cannot decode or encode it.
 */
export async function lighterPhoto(file: File): Promise<File> {
  if (file.size <= SEND_AS_IS_BYTES || typeof createImageBitmap !== 'function') {
    return file;
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    const context = canvas.getContext('2d');
    if (!context) {
      return file;
    }
    context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.85),
    );
    if (!blob || blob.size >= file.size) {
      return file;
    }
    return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg' });
  } catch {
    return file;
  }
}
