/** The classroom edition of a sheet: key figures, glossary and questions from content/classroom/, in both languages. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { CheckedContent } from '../../src/lib/content/check.ts';
import { LANGUAGES } from '../support/languages.ts';
import { builtContent, page } from '../support/site.ts';

const distDir = inject('distDir');
let content: CheckedContent;
beforeAll(async () => {
  content = await builtContent();
});

describe('the classroom edition', () => {
  it('shows the sheet’s glossary and questions in the reader’s language, and its key figures linking to the cards', async () => {
    // In the fixture, only sample-sheet has a classroom edition.
    const classroom = content.classroom.find((c) => c.id === 'sample-sheet')!.data;
    for (const [lang, prefix] of LANGUAGES) {
      const $ = await page(distDir, `${prefix}/articles/sample-sheet/classroom/`);
      const sheet = content[lang === 'es' ? 'articlesEs' : 'articles'].find((a) => a.id === 'sample-sheet')!.data;
      expect($('h1').text().trim()).toBe(sheet.title);
      expect(
        $('.glossary dt')
          .map((_, dt) => $(dt).text())
          .get(),
      ).toEqual(classroom.glossary.map((g) => (lang === 'es' ? g.es.term : g.term)));
      expect($('.glossary dd').first().text()).toBe(
        lang === 'es' ? classroom.glossary[0]!.es.definition : classroom.glossary[0]!.definition,
      );
      expect(
        $('.questions li')
          .map((_, li) => $(li).text())
          .get(),
      ).toEqual(classroom.questions.map((q) => (lang === 'es' ? q.es : q.text)));
      const links = $('.key-figures li > a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(links.length).toBeGreaterThan(0);
      for (const href of links) expect(href).toMatch(new RegExp(`^${prefix}/articles/sample-sheet/#[a-z0-9-]+$`));
      expect($('#help.help-lines').length).toBe(1);
      // The sheet offers it.
      const $sheet = await page(distDir, `${prefix}/articles/sample-sheet/`);
      expect($sheet(`a[href="${prefix}/articles/sample-sheet/classroom/"]`).length).toBe(1);
    }
  });

  it('exists only for sheets that have one', async () => {
    const $ = await page(distDir, '/articles/second-sheet/');
    expect($('a[href$="/classroom/"]').length).toBe(0);
    await expect(readFile(path.join(distDir, 'articles', 'second-sheet', 'classroom', 'index.html'))).rejects.toThrow();
  });
});
