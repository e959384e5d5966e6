/** The report's style sheet: system fonts, readable on screen and on paper, no outside files. */
export const REPORT_STYLE: string = `
:root { --ink: #1c2833; --muted: #5d6d7e; --line: #d5d8dc; --accent: #1a5276; --poor: #b03a2e; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fbfcfc; }
header, main, footer { max-width: 1100px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 24px; }
h1 { font-size: 1.7em; margin: 0.3em 0; color: var(--accent); }
h2 { font-size: 1.3em; margin: 1.6em 0 0.5em; padding-bottom: 0.2em; border-bottom: 2px solid var(--accent); color: var(--accent); }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
.synthetic { margin: 0 0 12px; padding: 10px 14px; border: 2px solid var(--poor); border-radius: 6px; background: #fdedec; color: var(--poor); font-weight: 700; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; font-weight: 600; }
.note { color: var(--muted); font-size: 0.92em; max-width: 80ch; }
.table { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 0.93em; background: #fff; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { background: #eaf2f8; font-weight: 600; }
tbody th { font-weight: 500; }
td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
thead th.number { text-align: right; }
.chart { position: relative; margin: 12px 0; padding: 8px; background: #fff; border: 1px solid var(--line); border-radius: 6px; }
.status { font-weight: 700; }
.status.met, .status.on-track { color: #1e8449; }
.status.not-met, .status.off-track { color: var(--poor); }
.status.no-data { color: var(--muted); }
footer { margin-top: 32px; padding-bottom: 24px; color: var(--muted); font-size: 0.85em; }
@media print { .chart { break-inside: avoid; } body { background: #fff; } }
`;
