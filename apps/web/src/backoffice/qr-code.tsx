import { qrCodeGeometry } from "@/server/qr-code-svg";

/**
 * A QR code drawn on the server as one SVG path (a unit square per dark
 * module, with the standard 4-module quiet zone), so it prints crisply and
 * needs no script or image request. Its accessible name says which URL it
 * encodes: a code nobody can read aloud is useless to a screen-reader user.
 */
export function QrCode({ value, label, className }: { value: string; label: string; className?: string }) {
  const { size, path } = qrCodeGeometry(value);
  return (
    <svg className={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges" data-testid="qr-code">
      <title>{label}</title>
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
