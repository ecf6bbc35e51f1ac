/** Every built page is valid HTML (html-validate's standards preset). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../helpers/site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:standard'],
});

describe('HTML validity of every built page', () => {
  const pages = builtPages();

  it('finds the pages to check', () => {
    assert.ok(pages.length >= 3, `only ${pages.length} pages in dist/`);
  });

  for (const page of pages) {
    it(`${page.url} is valid HTML`, async () => {
      const report = await validator.validateFile(page.file);
      const messages = report.results.flatMap((result) =>
        result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
      );
      assert.deepEqual(messages, []);
    });
  }
});
