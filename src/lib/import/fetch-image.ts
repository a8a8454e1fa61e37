// Downloading the photos of a web page (WeChat keeps them in data-src) for `--fetch-images`: http(s) only,
// a time limit for the whole download and a size limit enforced while the bytes arrive.

export const IMAGE_FETCH_LIMITS = { timeoutMs: 20_000, maxBytes: 15 * 1024 * 1024 };

export async function fetchImage(url: string, limits: { timeoutMs?: number; maxBytes?: number } = {}): Promise<Buffer> {
  const timeoutMs = limits.timeoutMs ?? IMAGE_FETCH_LIMITS.timeoutMs;
  const maxBytes = limits.maxBytes ?? IMAGE_FETCH_LIMITS.maxBytes;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('不是完整的网址（网页另存时没有保留图片地址）');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error(`只下载 http/https 地址，这是 ${parsed.protocol}`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(parsed, { signal: controller.signal, redirect: 'follow' });
    if (!response.ok) throw new Error(`服务器回答 ${response.status}`);
    const type = response.headers.get('content-type') ?? '';
    if (type && !/^image\//i.test(type) && !/octet-stream/i.test(type)) throw new Error(`不是图片（${type.split(';')[0]}）`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > maxBytes) throw new Error(`图片太大（${(declared / 1024 / 1024).toFixed(1)} MB，最多 ${maxBytes / 1024 / 1024} MB）`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    const reader = response.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        controller.abort();
        throw new Error(`图片太大（超过 ${maxBytes / 1024 / 1024} MB）`);
      }
      chunks.push(value);
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (controller.signal.aborted && !(error as Error).message.startsWith('图片太大'))
      throw new Error(`${timeoutMs / 1000} 秒内没有下载完`, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
