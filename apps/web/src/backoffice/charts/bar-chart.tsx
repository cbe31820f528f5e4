import { ChartDataTable } from "./chart-data-table";
import { chartColors } from "./chart-colors";

export interface Bar {
  /** Full label, for the bar's tooltip and the data table, e.g. `2026-11-20`. */
  label: string;
  /** Short label under the axis, shown only where `tick` is set (e.g. `20 Nov`). */
  tick?: string | undefined;
  value: number;
  /** The value as people read it, e.g. `€35.50 (2 payments)`. */
  display: string;
}

const WIDTH = 640;
const HEIGHT = 220;
const PLOT = { top: 18, right: 24, bottom: 28, left: 24 };

/**
 * Vertical bars, rendered on the server as SVG (no chart library, no script):
 * an image with a title and a summary for assistive technology, a tooltip per
 * bar, and the exact figures in a table below.
 */
export function BarChart({
  id,
  title,
  summary,
  bars,
  format,
  empty,
  headers,
}: {
  /** Unique on the page: names the SVG's title and description. */
  id: string;
  title: string;
  /** One sentence for assistive technology: what the chart shows and its main figure. */
  summary: string;
  bars: Bar[];
  /** Formats an axis value (the top gridline). */
  format: (value: number) => string;
  /** Shown instead of the chart when every value is zero. */
  empty: string;
  headers: [string, string];
}) {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  if (max === 0) return <p className="bo-hint bo-chart-empty">{empty}</p>;
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / bars.length;
  const barWidth = Math.max(1, slot * 0.7);
  const y = (value: number) => PLOT.top + plotHeight - (value / max) * plotHeight;
  return (
    <figure className="bo-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        preserveAspectRatio="xMidYMid meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {[max, max / 2].map((value) => (
          <line key={value} x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(value)} y2={y(value)} stroke={chartColors.grid} strokeDasharray="4 4" />
        ))}
        <text x={PLOT.left} y={PLOT.top - 5} fontSize="12" fill={chartColors.muted}>
          {format(max)}
        </text>
        {bars.map((bar, index) => {
          const x = PLOT.left + index * slot + (slot - barWidth) / 2;
          const top = y(bar.value);
          return (
            <g key={bar.label}>
              {bar.value > 0 ? (
                <rect x={x} y={top} width={barWidth} height={PLOT.top + plotHeight - top} fill={chartColors.bar} rx="2">
                  <title>{`${bar.label}: ${bar.display}`}</title>
                </rect>
              ) : null}
              {bar.tick ? (
                <text x={x + barWidth / 2} y={HEIGHT - 8} fontSize="12" fill={chartColors.muted} textAnchor="middle">
                  {bar.tick}
                </text>
              ) : null}
            </g>
          );
        })}
        <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={PLOT.top + plotHeight} y2={PLOT.top + plotHeight} stroke={chartColors.axis} />
      </svg>
      <ChartDataTable caption={title} headers={headers} rows={bars} />
    </figure>
  );
}
