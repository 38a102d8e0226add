import type { BenchResult, Measurement } from './benchmark';
import { ratio } from './stats';

function formatValue(value: number | null, unit: Measurement['unit']): string {
  if (value === null) return '—';
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
    case 'px':
      return `${Math.round(value)} px`;
    case 'bytes':
      return value >= 1024 * 1024
        ? `${(value / 1024 / 1024).toFixed(2)} MB`
        : `${Math.round(value / 1024)} kB`;
    default:
      return String(Math.round(value));
  }
}

function pad(cells: string[], widths: number[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('   ');
}

/** A plain-text table: metric, our figure, the reference, and their ratio. */
export function formatResult(result: BenchResult): string {
  const header = ['metric', 'Muwazi', result.referenceLabel, 'ratio'];
  const rows = result.measurements.map((m) => {
    const r = ratio(m.value, m.reference);
    return [
      m.metric,
      m.value === null && m.missing ? `— (${m.missing})` : formatValue(m.value, m.unit),
      formatValue(m.reference, m.unit),
      r === null ? '—' : `${r.toFixed(2)}×`,
    ];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i]!.length)));
  const lines = [
    `== ${result.title}`,
    pad(header, widths),
    widths.map((w) => '-'.repeat(w)).join('   '),
    ...rows.map((row) => pad(row, widths)),
  ];
  for (const goal of result.goals) {
    const verdict = goal.met === null ? 'goal not judged' : goal.met ? 'goal met' : 'goal missed';
    lines.push(`${verdict}: ${goal.label} — ${goal.detail}`);
  }
  for (const note of result.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}
