import fs from 'node:fs';
import { launchWithExtension } from '../e2e/fixtures';
import { startPageServer } from './page-server';
const server = await startPageServer();
const ext = await launchWithExtension();
const page = await ext.context.newPage();
await page.goto(
  server.add('r', fs.readFileSync('tests/fixtures/reports/000_22bd6abafa7c9c8e.html', 'utf8')),
);
await page.waitForTimeout(1000);
const pts = (await page.evaluate(
  `(() => { const out=[]; for (const [n,h] of CSS.highlights) for (const r of h) { const b=r.getClientRects()[0]; if (b && b.top>40 && b.bottom<innerHeight-40) out.push([r.toString(), b.left+b.width/2, b.top+b.height/2]); } return out.slice(0,8); })()`,
)) as [string, number, number][];
// warm up
await page.mouse.move(2, pts[0][2]);
await page.mouse.move(pts[0][1], pts[0][2], { steps: 3 });
await page.waitForTimeout(800);
const cdp = await ext.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
for (const [t, x, y] of pts.slice(1)) {
  await page.mouse.move(2, y);
  await page.waitForTimeout(600);
  await page.mouse.move(x, y, { steps: 3 });
  await page.waitForTimeout(600);
}
const { profile } = (await cdp.send('Profiler.stop')) as any;
const self = new Map<string, number>();
const byId = new Map(profile.nodes.map((n: any) => [n.id, n]));
const dt = profile.timeDeltas as number[];
const counts = new Map<number, number>();
profile.samples.forEach((id: number, i: number) =>
  counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)),
);
for (const [id, us] of counts) {
  const n: any = byId.get(id);
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(key, (self.get(key) ?? 0) + us);
}
console.log(
  [...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 30)
    .map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`)
    .join('\n'),
);
console.log(
  await page.evaluate(
    `performance.getEntriesByName('summit-lens:card-ready').map(m => m.duration.toFixed(1)).join(' ')`,
  ),
);
await ext.context.close();
await server.close();
