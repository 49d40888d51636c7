// Where a long task's wall time went: `node scripts/trace_threads.mjs TRACE.json`, for a trace
// saved by `SAVE_TRACE=PREFIX node scripts/trace_long_tasks.mjs` (every thread and process
// of the browser is in it; add `EXTRA_CATEGORIES=disabled-by-default-v8.wasm,v8.wasm` to name
// V8's wasm compilations). Prints, for each main-thread task over MIN_MS (default 50) of wall
// time, as `task{start_ms=...}=<wall> cpu=<main thread's CPU>`: whether it drew a frame, the
// CPU the browser's other threads used inside it (the page's worker, V8's background wasm
// compilation, raster, the GPU process...), and `other_processes_ms`, what was left of the
// two cores' time (2 x wall, less the main thread's and the browser's CPU): the time the OS
// gave to other processes (builds, the test's node). Then the whole trace's totals:
// `totals: main_task_cpu_ms= worker_task_cpu_ms= wasm_tier_up_cpu_ms= raster_cpu_ms=
// wasm_streaming_compiles=` (one per wasm module compiled: the page's and each worker's).
// CORES sets the core count (default 2, the CI machine's).
// Measured so (issue 11, 2026-12-02, 5 traces of `JOURNEY=1 ... '#/simulator'`, load average
// 4.7-7.4 on 2 cores, other helpers compiling): 55 main-thread tasks over 50 ms of wall, on
// average 92 ms of wall for 14 ms of the main thread's CPU; 33 of them a frame's rendering
// (style, layout, paint: the e2e's `longtask` observer counts those tasks too). In the same
// 92 ms the browser's other threads used about 51 ms of CPU (the page's worker running the
// town month, V8 optimising wasm on its thread pool, raster, the GPU process's compositor
// and the browser process, in that order) and other processes about 119 ms of the two
// cores' 184. No collection (V8.GC) in any of them. A new worker per run compiled its module
// and re-optimised it each time (`wasm_streaming_compiles=5`, tier-up 1.9-2.0 s of CPU per
// journey); with the worker kept between runs 2 and 0.8 s, and 4-5 long tasks instead of
// 14-17.
import { readFileSync } from 'node:fs';

const MIN_MICROS = Number(process.env.MIN_MS ?? 50) * 1000;
const CORES = Number(process.env.CORES ?? 2);
const { traceEvents: events } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const key = (e) => `${e.pid}:${e.tid}`;
const threadName = new Map();
const processName = new Map();
for (const e of events.filter((e) => e.ph === 'M')) {
  if (e.name === 'thread_name') threadName.set(key(e), e.args.name);
  if (e.name === 'process_name') processName.set(e.pid, e.args.name);
}
const pages = new Set(events.filter((e) => (e.args?.data?.url ?? '').startsWith('http://127.0.0.1')).map((e) => e.pid));
const main = [...threadName].find(([k, name]) => name === 'CrRendererMain' && pages.has(Number(k.split(':')[0])))?.[0];
const navigation = events.find((e) => e.name === 'navigationStart' && key(e) === main)?.ts ?? 0;
const label = (k) => `${processName.get(Number(k.split(':')[0])) ?? '?'}/${threadName.get(k) ?? k}`;

// Each thread's outermost complete events (nested ones are inside their parent's time).
const outermost = new Map();
for (const e of events.filter((e) => e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
  const list = outermost.get(key(e)) ?? [];
  const last = list[list.length - 1];
  if (!last || e.ts >= last.ts + last.dur) list.push(e);
  outermost.set(key(e), list);
}
const cpu = (e) => e.tdur ?? e.dur;
const inside = (list, from, to) => list.reduce((sum, e) => {
  const overlap = Math.min(to, e.ts + e.dur) - Math.max(from, e.ts);
  return overlap > 0 ? { cpu: sum.cpu + cpu(e) * overlap / e.dur, wall: sum.wall + overlap } : sum;
}, { cpu: 0, wall: 0 });
const frameParts = new Set(['ProxyMain::BeginMainFrame', 'WebFrameWidgetImpl::UpdateLifecycle']);
const all = events.filter((e) => e.ph === 'X' && key(e) === main);

for (const task of (outermost.get(main) ?? []).filter((e) => e.dur > MIN_MICROS)) {
  const [from, to] = [task.ts, task.ts + task.dur];
  const others = [...outermost].filter(([k]) => k !== main)
    .map(([k, list]) => ({ thread: label(k), ...inside(list, from, to) }))
    .filter((t) => t.wall > 1000)
    .sort((a, b) => b.cpu - a.cpu);
  const othersCpu = others.reduce((sum, t) => sum + t.cpu, 0);
  const frame = all.some((e) => frameParts.has(e.name) && e.ts >= from && e.ts <= to);
  const left = CORES * task.dur - cpu(task) - othersCpu;
  console.log(`task{start_ms=${((from - navigation) / 1000).toFixed(0)}}=${(task.dur / 1000).toFixed(0)} cpu=${(cpu(task) / 1000).toFixed(0)} frame=${frame} browser_threads_cpu_ms=${(othersCpu / 1000).toFixed(0)} other_processes_ms=${(Math.max(0, left) / 1000).toFixed(0)}`);
  for (const t of others.slice(0, 6)) console.log(`  ${t.thread} cpu=${(t.cpu / 1000).toFixed(1)} busy=${(t.wall / 1000).toFixed(0)}`);
}

const total = (keep) => (events.filter((e) => e.ph === 'X' && keep(e)).reduce((sum, e) => sum + (e.tdur ?? 0), 0) / 1000).toFixed(0);
const outer = new Set([...outermost.values()].flat());
console.log(`totals: main_task_cpu_ms=${total((e) => key(e) === main && outer.has(e))}`
  + ` worker_task_cpu_ms=${total((e) => /DedicatedWorker/.test(threadName.get(key(e)) ?? '') && outer.has(e))}`
  + ` wasm_tier_up_cpu_ms=${total((e) => e.name === 'wasm.ExecuteCompilationUnits' && processName.get(e.pid) === 'Renderer')}`
  + ` raster_cpu_ms=${total((e) => e.name === 'RasterTask')}`
  + ` wasm_streaming_compiles=${events.filter((e) => e.name === 'wasm.StartStreamingCompilation').length}`);
