import { expect, test } from './fixtures';
import { highlightedTexts, waitForScan } from './scan-helpers';

test('a name split across inline elements is one highlight', async ({
  page,
  server,
  extension,
  pageErrors,
}) => {
  const url = server.route(
    '/split.html',
    '<!doctype html><title>t</title><p>Kim <b>Jong Un</b> met Vladimir <a href="#">Putin</a> in Vladivostok.</p>',
  );
  await page.goto(url);
  const summary = await waitForScan(extension.serviceWorker, page);
  console.log(JSON.stringify(summary));
  const texts = await highlightedTexts(page);
  console.log(JSON.stringify(texts));
  expect(texts['summit-lens-person']).toEqual(['Kim Jong Un', 'Vladimir Putin']);
  expect(pageErrors).toEqual([]);
});
