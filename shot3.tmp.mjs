import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
page.on('pageerror', e => console.log('PAGEERROR', e.message));
await page.goto(process.argv[2]);
await page.waitForTimeout(4000);
for (const name of ['Cycle summary', 'Phase check']) {
  const r = page.getByRole('region', { name });
  console.log('==', name, '\n', (await r.count()) ? await r.innerText() : 'none');
}
const d = page.getByRole('complementary', { name: 'Details' });
console.log('== details\n', (await d.innerText()).slice(0, 1500));
await page.screenshot({ path: process.argv[3] });
await browser.close();
