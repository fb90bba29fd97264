import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
page.on('pageerror', e => console.log('PAGEERROR', e.message));
await page.goto('http://127.0.0.1:5198/?depot=large-10000');
await page.getByRole('tree', { name: 'Microgrid topology' }).waitFor();
await page.waitForTimeout(3000);
await page.evaluate(() => { window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push(Math.round(e.duration)); }).observe({ type: 'longtask' }); });
const t0 = Date.now();
await page.getByRole('button', { name: 'Allocation preview' }).click();
await page.getByRole('region', { name: 'Cycle summary' }).waitFor();
console.log('open preview', Date.now() - t0, 'ms; long tasks', await page.evaluate(() => window.__lt.splice(0)));
for (const s of ['Charger-based', 'Connector-based', 'Charger-based']) {
  const t = Date.now();
  await page.getByRole('radio', { name: s }).check();
  await page.waitForTimeout(1500);
  console.log(s, 'long tasks', await page.evaluate(() => window.__lt.splice(0)));
}
const box = page.getByRole('region', { name: 'Sessions' }).getByRole('checkbox').first();
await box.click(); await page.waitForTimeout(1500);
console.log('unplug one', await page.evaluate(() => window.__lt.splice(0)));
await page.getByRole('button', { name: 'Compare strategies' }).click(); await page.waitForTimeout(2000);
console.log('compare', await page.evaluate(() => window.__lt.splice(0)));
await browser.close();
