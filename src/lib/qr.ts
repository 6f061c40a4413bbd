/** QR codes of page addresses, drawn as SVG at build time (no network), for printed sheets. */
import QRCode from 'qrcode';

/** An SVG QR code that encodes `url`. */
export function qrSvg(url: string): Promise<string> {
  // Every page has one, so the costly searches are skipped: an address is encoded as one byte
  // segment, with a fixed mask pattern (any mask scans; the search only picks the prettiest).
  return QRCode.toString([{ data: new TextEncoder().encode(url), mode: 'byte' }], {
    type: 'svg',
    errorCorrectionLevel: 'M',
    maskPattern: 0,
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
