import { ChartDataTable } from "./chart-data-table";
import { chartColors, type ChartTone } from "./chart-colors";

export interface HorizontalBar {
  label: string;
  value: number;
  /** The value as people read it, e.g. `12 (40.0%)`. */
  display: string;
  tone?: ChartTone | undefined;
}

const WIDTH = 600;
const ROW = 30;
const LABEL_WIDTH = 180;
const VALUE_WIDTH = 190;

/**
 * Horizontal bars (categories with long names: decline reasons, 3-D Secure
 * outcomes, rates), server-rendered SVG: each row names its category and
 * prints its value beside the bar, so colour is never the only cue.
 */
export function HorizontalBarChart({
  id,
  title,
  summary,
  bars,
  max,
  empty,
  headers,
}: {
  /** Unique on the page: names the SVG's title and description. */
  id: string;
  title: string;
  summary: string;
  bars: HorizontalBar[];
  /** The value of a full-width bar; the largest value when absent (1 for rates). */
  max?: number | undefined;
  /** Shown instead of the chart when there is nothing to show. */
  empty: string;
  headers: [string, string];
}) {
  const scale = max ?? Math.max(0, ...bars.map((bar) => bar.value));
  if (bars.length === 0 || scale === 0) return <p className="bo-hint bo-chart-empty">{empty}</p>;
  const track = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const height = bars.length * ROW + 8;
  return (
    <figure className="bo-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width={WIDTH} height={height} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{summary}</desc>
        {bars.map((bar, index) => {
          const top = 4 + index * ROW;
          const width = bar.value > 0 ? Math.max(2, (Math.min(bar.value, scale) / scale) * track) : 0;
          return (
            <g key={bar.label}>
              <text x={LABEL_WIDTH - 8} y={top + ROW / 2 + 4} fontSize="14" fill={chartColors.text} textAnchor="end">
                {bar.label}
              </text>
              <rect x={LABEL_WIDTH} y={top + 6} width={track} height={ROW - 12} fill={chartColors.grid} opacity="0.45" rx="2" />
              {width > 0 ? (
                <rect x={LABEL_WIDTH} y={top + 6} width={width} height={ROW - 12} fill={bar.tone ? chartColors[bar.tone] : chartColors.bar} rx="2">
                  <title>{`${bar.label}: ${bar.display}`}</title>
                </rect>
              ) : null}
              <text x={LABEL_WIDTH + track + 8} y={top + ROW / 2 + 4} fontSize="14" fill={chartColors.text}>
                {bar.display}
              </text>
            </g>
          );
        })}
      </svg>
      <ChartDataTable caption={title} headers={headers} rows={bars} />
    </figure>
  );
}
