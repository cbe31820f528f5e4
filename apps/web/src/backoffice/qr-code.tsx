import QRCode from "qrcode";

const QUIET_ZONE = 4;

/**
 * A QR code drawn on the server as one SVG path (a unit square per dark
 * module, with the standard 4-module quiet zone), so it prints crisply and
 * needs no script or image request. Its accessible name says which URL it
 * encodes: a code nobody can read aloud is useless to a screen-reader user.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { modules } = QRCode.create(value, { errorCorrectionLevel: "M" });
  const size = modules.size + QUIET_ZONE * 2;
  let path = "";
  for (let row = 0; row < modules.size; row += 1) {
    for (let col = 0; col < modules.size; col += 1) {
      if (modules.get(row, col)) path += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="qr-code">
      <title>{label}</title>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
