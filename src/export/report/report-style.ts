/** The report's stylesheet: system fonts only (no request for a web font), light and print-friendly. */
export const REPORT_CSS = `
:root { --ink: #1d2433; --muted: #5b6475; --line: #e3e7ee; --bg: #f5f7fa; --card: #fff; --accent: #2f5bea; --accent-soft: #e8eefe;
  --duty: #2f5bea; --skill: #12a37f; --knowledge: #e08a1e; --qualification: #9b4dca; --bad: #c8372d; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); }
header.top { background: #18223a; color: #fff; padding: 18px 32px 0; }
header.top h1 { margin: 0; font-size: 20px; font-weight: 600; letter-spacing: .2px; }
header.top .sub { color: #aab4c8; font-size: 12.5px; margin-top: 4px; }
nav.tabs { display: flex; gap: 4px; margin-top: 14px; }
nav.tabs a { color: #cfd6e4; text-decoration: none; padding: 9px 14px; border-radius: 6px 6px 0 0; font-weight: 500; }
nav.tabs a:hover { color: #fff; background: #25304b; }
main { max-width: 1320px; margin: 0 auto; padding: 20px 32px 60px; }
section.part { margin-bottom: 34px; scroll-margin-top: 12px; }
section.part > h2 { font-size: 17px; margin: 8px 0 12px; font-weight: 600; }
.hint { color: var(--muted); font-size: 12.5px; margin: -6px 0 12px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin-bottom: 14px; }
.kpi { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 14px; }
.kpi .v { font-size: 22px; font-weight: 650; font-variant-numeric: tabular-nums; }
.kpi .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .5px; }
.kpi.bad .v { color: var(--bad); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(280px, 1fr)); gap: 14px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; min-width: 0; }
.card.flush { padding: 2px 0 0; overflow: hidden; }
.card.flush .pager { padding: 8px 12px; }
.card h3 { margin: 0 0 8px; font-size: 13.5px; font-weight: 600; color: #2b3346; }
.chart { width: 100%; height: 280px; }
.chart.tall { height: 420px; }
.toplists { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: 14px; }
ol.top { margin: 0; padding-left: 22px; }
ol.top li { padding: 3px 0; border-bottom: 1px solid #f0f2f6; }
ol.top .row { display: flex; justify-content: space-between; align-items: baseline; gap: 10px; }
ol.top .n { color: var(--muted); font-variant-numeric: tabular-nums; font-size: 12px; }
button.link { all: unset; cursor: pointer; color: var(--ink); }
button.link.clamp { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
button.link:hover, button.link:focus-visible { color: var(--accent); text-decoration: underline; }
.filters { display: flex; flex-wrap: wrap; gap: 10px; align-items: end; margin-bottom: 10px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 3px; }
input[type=search], select { font: inherit; padding: 6px 8px; border: 1px solid #cbd2dd; border-radius: 6px; background: #fff; color: var(--ink); max-width: 280px; }
input[type=search] { width: 260px; }
button.btn { font: inherit; padding: 6px 14px; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: #fff; cursor: pointer; }
button.btn.ghost { background: #fff; color: var(--accent); }
button.btn:disabled { opacity: .45; cursor: default; }
table.data { width: 100%; border-collapse: collapse; background: var(--card); font-size: 13px; }
table.data th { text-align: left; font-weight: 600; color: var(--muted); font-size: 12px; border-bottom: 1px solid var(--line); padding: 7px 8px; white-space: nowrap; }
table.data td { border-bottom: 1px solid #eef1f5; padding: 6px 8px; vertical-align: top; overflow-wrap: anywhere; }
table.data td.num, table.data th.num { text-align: right; font-variant-numeric: tabular-nums; }
table.data tr.click { cursor: pointer; }
table.data tr.click:hover td { background: #f3f6fd; }
.pager { display: flex; gap: 8px; align-items: center; justify-content: flex-end; padding: 8px 2px; color: var(--muted); font-size: 12.5px; }
.pager button { font: inherit; padding: 3px 10px; border: 1px solid #cbd2dd; border-radius: 5px; background: #fff; cursor: pointer; }
.pager button:disabled { opacity: .4; cursor: default; }
.chip { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 11.5px; font-weight: 500; background: #eef1f5; color: #3a4357; white-space: nowrap; }
.chip.duty { background: #e8eefe; color: #2444b8; } .chip.skill { background: #e1f5ee; color: #0c7a5e; }
.chip.knowledge { background: #fdf0dc; color: #9a5b0c; } .chip.qualification { background: #f3e8fa; color: #6f2f98; }
.chip.failed { background: #fbe6e4; color: var(--bad); }
.muted { color: var(--muted); }
.compare-cols { display: grid; grid-template-columns: 1fr 1fr 1fr; gap: 14px; margin-top: 12px; }
.compare-cols h4 { margin: 0 0 6px; font-size: 13px; }
.compare-cols ul { list-style: none; margin: 0; padding: 0; max-height: 420px; overflow: auto; }
.compare-cols li { display: grid; grid-template-columns: 1fr auto; gap: 8px; padding: 4px 2px; border-bottom: 1px solid #f0f2f6; font-size: 13px; }
.compare-cols li .n { color: var(--muted); font-variant-numeric: tabular-nums; font-size: 12px; }
.bar { height: 4px; background: var(--accent-soft); border-radius: 2px; grid-column: 1 / -1; }
.bar > span { display: block; height: 100%; background: var(--accent); border-radius: 2px; }
#drill { position: fixed; inset: 0 0 0 auto; width: min(640px, 100vw); background: #fff; box-shadow: -8px 0 30px rgba(20,30,60,.18); overflow: auto; padding: 20px 24px 40px; z-index: 10; }
#drill[hidden] { display: none; }
#drill h2 { margin: 6px 0 6px; font-size: 18px; }
ul.variants { list-style: none; padding: 0; margin: 0; }
ul.variants li { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; padding: 3px 0; }
#drill ol.top { padding-left: 24px; }
#drill h3 { font-size: 13px; margin: 18px 0 6px; color: #2b3346; }
#drill .close { position: absolute; right: 16px; top: 14px; }
.example { border-left: 3px solid var(--line); padding: 4px 10px; margin: 8px 0; }
.example .ctx { font-size: 13.5px; }
.example mark { background: #ffe89a; padding: 0 1px; border-radius: 2px; }
.example .src { color: var(--muted); font-size: 12px; margin-top: 2px; }
.meta-list { display: grid; grid-template-columns: max-content 1fr; gap: 4px 12px; font-size: 13px; }
.meta-list dt { color: var(--muted); }
.meta-list dd { margin: 0; overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: 12px; text-align: center; padding: 20px; }
@media (max-width: 900px) { main { padding: 14px; } .compare-cols { grid-template-columns: 1fr; } }
@media print { nav.tabs, .pager, .filters, #drill { display: none; } body { background: #fff; } }
`;
