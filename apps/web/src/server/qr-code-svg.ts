import QRCode from "qrcode";

const QUIET_ZONE = 4;

/** A QR code as one SVG path: a unit square per dark module, with the standard 4-module quiet zone. */
export function qrCodeGeometry(value: string): { size: number; path: string } {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
  const size = modules.size + QUIET_ZONE * 2;
  let path = "";
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size, path };
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A standalone SVG document of `value`'s QR code, titled `label` (its accessible name). */
export function qrCodeSvg(value: string, label: string): string {
  const { size, path } = qrCodeGeometry(value);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size * 8}" height="${size * 8}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(label)}</title><rect width="${size}" height="${size}" fill="#ffffff"/><path d="${path}" fill="#000000"/></svg>`
  );
}
