/**
 * A synthetic corpus in the project's real content format: N sheets, each with ten facts, two
 * datasets and three sources, plus the registry and help lines. Used by the benchmark.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const WORDS = ['sheet', 'survey', 'estimate', 'report', 'count', 'series', 'record', 'measure', 'figure', 'study'];
const number = (i: number) => WORDS[i % WORDS.length];

/** A sheet's MDX in one language: the same facts and charts, that language's words (no digits in prose). */
function sheetMdx(
  sheet: { slug: string; order: number; body: string[] },
  words: { english: boolean; title: string; summary: string; intro: string; heading: string },
): string {
  return [
    '---',
    `title: ${words.title}`,
    `summary: ${words.summary}`,
    'topics: [benchmark]',
    // The Spanish sheet holds only translated fields; the rest is the English sheet's.
    ...(words.english
      ? [
          `slug: ${sheet.slug}`,
          `order: ${sheet.order}`,
          'published: 2026-11-28',
          'reviewed: 2026-11-28',
          'original: { title: Generated, author: The benchmark, publication: Nowhere }',
        ]
      : []),
    '---',
    '',
    words.intro,
    '',
    `## ${words.heading}`,
    '',
    ...sheet.body,
  ].join('\n');
}

/** Writes a content folder with `sheets` sheets into `dir`; returns how many facts it wrote. */
export async function writeCorpus(dir: string, sheets: number, projectContent: string): Promise<number> {
  for (const sub of ['articles', 'es/articles', 'facts', 'datasets', 'sources']) {
    await mkdir(path.join(dir, sub), { recursive: true });
  }
  // The help lines, shown on every sheet: lines kept to some sheets there belong to no sheet here.
  const helpLines = await readFile(path.join(projectContent, 'help-lines.yaml'), 'utf8');
  await writeFile(path.join(dir, 'help-lines.yaml'), helpLines.replace(/^ +sheets:.*\n/gm, ''));
  const factIds: string[] = [];
  const articles: string[] = [];
  for (let a = 0; a < sheets; a++) {
    const slug = `sheet-${a}`;
    articles.push(slug);
    await mkdir(path.join(dir, 'facts', slug), { recursive: true });
    for (let s = 0; s < 3; s++) {
      await writeFile(
        path.join(dir, 'sources', `${slug}-source-${s}.yaml`),
        `publisher: Publisher ${a}-${s}\ntitle: Report ${s} for ${slug}\nyear: 2020\nurl: https://example.org/${slug}/${s}\naccessed: 2026-11-28\nkind: ${s === 0 ? 'primary' : 'secondary'}\ntype: ${s === 0 ? 'government' : 'newspaper'}\n`,
      );
    }
    for (let d = 0; d < 2; d++) {
      const points = Array.from(
        { length: 5 },
        (_, p) => `      - { x: ${2015 + p}, value: ${1000 * (a + 1) + 37 * p + d} }`,
      ).join('\n');
      await writeFile(
        path.join(dir, 'datasets', `${slug}-data-${d}.yaml`),
        `title: Series ${d} of ${slug}\ntakeaway: The ${number(d)} rose over the years shown.\nunit: people\nyear: { from: 2015, to: 2019 }\nsources: [${slug}-source-0]\nseries:\n  - name: Counted\n    grade: official-count\n    points:\n${points}\n` +
          `es:\n  title: Serie ${d} de ${slug}\n  takeaway: La cifra aumentó en los años mostrados.\n  series:\n    - name: Contados\n`,
      );
    }
    const body: string[] = [];
    for (let f = 0; f < 10; f++) {
      const id = `${slug}-fact-${f}`;
      factIds.push(id);
      const corrected = f === 3;
      // Fact 0 belongs to the first dataset, so it carries that dataset's value for its year (2015).
      const value = f === 0 ? 1000 * (a + 1) : 12345 + a * 10 + f;
      const year = f === 0 ? 2015 : 2010 + (f % 10);
      await writeFile(
        path.join(dir, 'facts', slug, `${id}.yaml`),
        [
          `status: ${corrected ? 'corrected' : 'verified'}`,
          // Source 0 is a government's own report; sources 1 and 2 are newspapers reporting it.
          `grade: ${f % 3 ? 'news-report' : 'official-count'}`,
          `statement: The ${number(f)} for ${slug} counted {value} people in the year shown.`,
          `value: ${value}`,
          'unit: people',
          // Most facts show their figure large on the card; some show the statement, as events do.
          ...(f % 4 ? [`headline: { label: people counted by the ${number(f)} }`] : []),
          `year: ${year}`,
          'sources:',
          `  - id: ${slug}-source-${f % 3}`,
          '    locator: Table 1',
          '    es: { locator: Tabla 1 }',
          `    quote: The ${number(f)} counted ${value} people.`,
          '    checked: 2026-11-28',
          ...(f % 2 ? ['caveat: An estimate with a margin of error.'] : []),
          ...(f === 0 ? [`dataset: ${slug}-data-0`] : []),
          ...(corrected
            ? [
                'correction:',
                '  original: The original article said a larger number.',
                '  explanation: The source gives the smaller one.',
              ]
            : []),
          'es:',
          `  statement: La cifra de ${slug} contó {value} personas en el año indicado.`,
          ...(f % 4 ? ['  headline: { label: personas contadas }'] : []),
          ...(f % 2 ? ['  caveat: Una estimación con margen de error.'] : []),
          ...(corrected
            ? [
                '  correction:',
                '    original: El artículo original daba una cifra mayor.',
                '    explanation: La fuente da la menor.',
              ]
            : []),
          '',
        ].join('\n'),
      );
      body.push(`<FactCard id="${id}" />`, '');
      if (f === 4 || f === 9) body.push(`<StatChart dataset="${slug}-data-${f === 4 ? 0 : 1}" />`, '');
    }
    const sheet = { slug, order: a + 1, body };
    await writeFile(
      path.join(dir, 'articles', `${slug}.mdx`),
      sheetMdx(sheet, {
        english: true,
        title: 'Synthetic sheet',
        summary: 'A generated fact sheet for the benchmark.',
        intro: 'This sheet is generated to measure how the build grows with content.',
        heading: 'The facts',
      }),
    );
    await writeFile(
      path.join(dir, 'es', 'articles', `${slug}.mdx`),
      sheetMdx(sheet, {
        english: false,
        title: 'Ficha sintética',
        summary: 'Una ficha generada para el benchmark.',
        intro: 'Esta ficha se genera para medir cómo crece la compilación con el contenido.',
        heading: 'Los datos',
      }),
    );
  }
  await writeFile(
    path.join(dir, 'permalinks.yaml'),
    `articles:\n${articles.map((s) => `  - ${s}\n`).join('')}facts:\n${factIds.map((s) => `  - ${s}\n`).join('')}redirects: []\n`,
  );
  return factIds.length;
}

/** The same corpus as plain MDX pages: the figures written into the text, no facts, charts or cards. */
export async function writePlainCorpus(pagesDir: string, sheets: number): Promise<void> {
  await mkdir(pagesDir, { recursive: true });
  for (let a = 0; a < sheets; a++) {
    const slug = `sheet-${a}`;
    const facts = Array.from(
      { length: 10 },
      (_, f) =>
        `- The ${number(f)} for ${slug} counted ${12345 + a * 10 + f} people in ${2010 + f}. Source: Publisher ${a}-${f % 3}.`,
    );
    await writeFile(
      path.join(pagesDir, `${slug}.mdx`),
      ['---', `title: Synthetic sheet ${slug}`, '---', '', `# Synthetic sheet ${slug}`, '', ...facts, ''].join('\n'),
    );
  }
}
