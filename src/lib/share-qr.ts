// The QR code of a page's address, drawn at build time as SVG for the share box.
import QRCode from 'qrcode';

/**
 * One byte-mode segment: the library's default search for the shortest mix of modes (a shortest-path search
 * per code) took half the time for the same QR version on our addresses, on every page of the build.
 */
export function shareQrSvg(url: string): Promise<string> {
  return QRCode.toString([{ data: Buffer.from(url, 'utf8'), mode: 'byte' }], {
    type: 'svg',
    margin: 1,
    errorCorrectionLevel: 'M',
    color: { dark: '#1b1b1b', light: '#ffffff' },
  });
}
