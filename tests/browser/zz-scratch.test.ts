import { startTestApp } from '../support/app';
import { launchBrowser } from '../support/browser';
it('scratch vote', async () => {
  const t = await startTestApp({ seedDemo: true });
  const b = await launchBrowser();
  try {
    const page = await b.playground(t.url);
    await page.actAs('demo-m01');
    await page.send('biểu quyết Thông qua nghị quyết tháng 9');
    const motion = await t.db.prisma.motion.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
    await page.actAs('demo-m04');
    await page.pressCardButton(`vote:${motion.id}`, 'Tán thành');
    const ballots = await t.db.prisma.ballot.findMany({ where: { motionId: motion.id } });
    console.log(JSON.stringify(ballots));
    console.log(await page.card(`vote:${motion.id}`).innerText());
    await page.screenshot('zz-vote');
    // other choice with comment
    await page.actAs('demo-m05');
    console.log('m05 view', await page.card(`vote:${motion.id}`).innerText());
    await page.card(`vote:${motion.id}`).getByRole('button', { name: 'Ý kiến khác' }).click();
    await page.card(`vote:${motion.id}`).getByRole('textbox').fill('Đề nghị bổ sung chỉ tiêu');
    await page.pressCardButton(`vote:${motion.id}`, 'Gửi ý kiến');
    console.log(JSON.stringify(await t.db.prisma.ballot.findMany({ where: { motionId: motion.id } })));
    console.log(b.pageErrors);
    await page.screenshot('zz-vote2');
  } finally { await b.close(); await t.close(); }
});
