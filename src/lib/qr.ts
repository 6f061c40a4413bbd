/** QR codes of page addresses, drawn as SVG at build time (no network), for printed sheets. */
import QRCode from 'qrcode';

/** An SVG QR code that encodes `url`. */
export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
}
