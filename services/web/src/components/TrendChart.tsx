import { formatDate, formatShortDate } from '../format';

export interface TrendSeries {
  label: string;
  color: string;
  /** Dated values (shares 0–1 or counts), oldest first. */
  points: { on: string; value: number }[];
}

/**
 * A small SVG line chart of the district's figures across the term: one point per dated value
 * (the district view feeds it a point per week from districtTrends).
 */
export function TrendChart(props: {
  title: string;
  series: TrendSeries[];
  format: (value: number) => string;
  max?: number;
  note?: string;
}) {
  const width = 560;
  const height = 180;
  const pad = { left: 48, right: 32, top: 16, bottom: 28 };
  const dates = [...new Set(props.series.flatMap((s) => s.points.map((p) => p.on)))].sort();
  const max = props.max ?? Math.max(1, ...props.series.flatMap((s) => s.points.map((p) => p.value)));
  const x = (on: string) =>
    dates.length < 2
      ? pad.left + (width - pad.left - pad.right) / 2
      : pad.left + ((width - pad.left - pad.right) * dates.indexOf(on)) / (dates.length - 1);
  const y = (value: number) => height - pad.bottom - ((height - pad.top - pad.bottom) * value) / max;
  return (
    <figure className="trend" data-testid="trend-chart">
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={props.title}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={pad.left} x2={width - pad.right} y1={y(max * f)} y2={y(max * f)} className="grid" />
            <text x={pad.left - 6} y={y(max * f) + 4} textAnchor="end" className="axis">
              {props.format(max * f)}
            </text>
          </g>
        ))}
        {dates.map((on) => (
          <text key={on} x={x(on)} y={height - 8} textAnchor="middle" className="axis">
            {formatShortDate(on)}
          </text>
        ))}
        {props.series.map((s) => (
          <g key={s.label} data-series={s.label}>
            <polyline
              fill="none"
              stroke={s.color}
              strokeWidth={2}
              points={s.points.map((p) => `${x(p.on)},${y(p.value)}`).join(' ')}
            />
            {s.points.map((p) => (
              <circle key={p.on} cx={x(p.on)} cy={y(p.value)} r={4} fill={s.color}>
                <title>{`${s.label} ${formatDate(p.on)}：${props.format(p.value)}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <div className="legend">
        {props.series.map((s) => (
          <span key={s.label}>
            <i style={{ background: s.color }} />
            {s.label}
          </span>
        ))}
      </div>
      {props.note && <p className="note">{props.note}</p>}
    </figure>
  );
}
