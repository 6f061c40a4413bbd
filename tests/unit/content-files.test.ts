/**
 * The content check on files an editor adds, removes or breaks (YAML, fields, references, placement,
 * translation, the permalink registry), as direct calls with the exact message an editor reads.
 * tests/content/bad-content.test.ts keeps a few of these as real failing builds.
 */
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check.ts';
import {
  all,
  edit,
  problemsAfter,
  remove,
  removeCopies,
  TEST_DAY,
  write,
  type Edit,
} from '../support/fixture-edits.ts';
import { FIXTURE_CONTENT } from '../support/site.ts';

const FACT = 'facts/sample-sheet/sample-count.yaml';
const ARTICLE = 'articles/sample-sheet.mdx';
const ARTICLE_ES = 'es/articles/sample-sheet.mdx';
const DATASET = 'datasets/sample-series.yaml';
const SOURCE = 'sources/sample-primary.yaml';
const CARD = '<FactCard id="sample-share" />';

afterAll(removeCopies);

describe.each<[string, Edit, string]>([
  [
    'a YAML syntax error',
    edit(FACT, 'unit: people', 'unit: [people'),
    `${FACT}: is not valid YAML (line 8): Flow sequence in block collection must be sufficiently indented and end with a ]`,
  ],
  [
    'a missing required field',
    edit(FACT, /^statement:.*$/m, ''),
    `${FACT} statement: is required but missing (must be text)`,
  ],
  [
    'a value of the wrong type',
    edit(FACT, 'value: 1234', 'value: lots'),
    `${FACT} value: must be a finite number (got "lots")`,
  ],
  [
    'a NaN in a dataset',
    edit(DATASET, 'value: 1234', 'value: .nan'),
    `${DATASET} series[0].points[0].value: must be a finite number (got NaN)`,
  ],
  ['a misspelt field', edit(FACT, 'sources:', 'sorces:'), `${FACT}: unknown field "sorces" (check the spelling)`],
  [
    'an unknown source id',
    edit(FACT, 'id: sample-primary', 'id: no-such-source'),
    `${FACT} sources[0]: names source "no-such-source", which does not exist in content/sources/`,
  ],
  [
    'an unknown dataset id',
    edit(FACT, 'dataset: sample-series', 'dataset: no-such-data'),
    `${FACT} dataset: names dataset "no-such-data", which does not exist in content/datasets/`,
  ],
  [
    'an unknown fact id in an article',
    edit(ARTICLE, CARD, '<FactCard id="no-such-fact" />'),
    `${ARTICLE} line 22: <FactCard> names fact "no-such-fact", which does not exist in content/facts/`,
  ],
  [
    'an empty data file',
    write('facts/sample-sheet/empty-file.yaml', ''),
    'facts/sample-sheet/empty-file.yaml: is empty',
  ],
  [
    'an unverified claim placed as a fact',
    edit(ARTICLE, CARD, `${CARD}\n\n<FactCard id="sample-rumour" />`),
    `${ARTICLE} line 24: <FactCard> places fact "sample-rumour", which is unverified: unverified claims are listed automatically under "Claims we could not verify" and may not appear as facts`,
  ],
  [
    'a fact whose unit differs from its dataset',
    edit(FACT, 'unit: people', 'unit: victims'),
    `${FACT} unit: is "victims" but dataset "sample-series" is in "people"`,
  ],
  [
    'a series in another unit',
    edit(DATASET, '- name: Survey', '- name: Survey\n    unit: percent'),
    `${DATASET} series[0].unit: is "percent" but the dataset's unit is "people"; series in another unit belong in another dataset`,
  ],
  [
    'an http address',
    edit(SOURCE, 'https://', 'http://'),
    `${SOURCE} url: must be an absolute https:// address (got "http://example.org/report")`,
  ],
  [
    'a relative address',
    edit(SOURCE, 'https://example.org/report', '/report'),
    `${SOURCE} url: must be an absolute https:// address (got "/report")`,
  ],
  [
    'an empty article',
    edit(ARTICLE, /(?<=^---\n[\s\S]*?\n---\n)[\s\S]*$/, ''),
    `${ARTICLE}: has no content below the frontmatter`,
  ],
  [
    'a number typed into prose',
    edit(ARTICLE, 'in the survey.', 'in the survey of 2019.'),
    `${ARTICLE} line 20: has a number typed into prose ("in the survey of 2019."); put figures in a fact and place it with <FactCard id="…"/> or <Value id="…"/>`,
  ],
  [
    'a file name that is not an id',
    write('facts/sample-sheet/Bad_Name.yaml', 'status: verified'),
    'facts/sample-sheet/Bad_Name.yaml: file name "Bad_Name" must be a kebab-case id (lower-case letters, digits, hyphens)',
  ],
  [
    'a slug that differs from the file name',
    edit(ARTICLE, 'slug: sample-sheet', 'slug: other-sheet'),
    `${ARTICLE} slug: must equal the file name "sample-sheet" (got "other-sheet")`,
  ],
  [
    'a fact that no article places',
    all(edit(ARTICLE, CARD, ''), edit(ARTICLE_ES, CARD, '')),
    `${ARTICLE}: does not place fact "sample-share" (facts/sample-sheet/sample-share.yaml); add <FactCard id="sample-share" /> or list it under another fact's "newer"`,
  ],
  [
    'a figure missing from its statement',
    edit(FACT, 'counted {value} people', 'counted many people'),
    `${FACT} statement: must contain {value} where the figure goes, because the fact has a value`,
  ],
  [
    'a fact in a folder with no article',
    write('facts/ghost-sheet/lost.yaml', 'status: unverified\nclaim: A.\nwhy: B.\nyear: 2019\n'),
    'facts/ghost-sheet/lost.yaml: is in folder "ghost-sheet", but there is no article content/articles/ghost-sheet.mdx',
  ],
  [
    'a registered fact removed without a redirect',
    all(remove('facts/sample-sheet/sample-share.yaml'), edit(ARTICLE, CARD, ''), edit(ARTICLE_ES, CARD, '')),
    'permalinks.yaml facts: fact "sample-share" was published and people may have shared its link, but it no longer exists; add a redirect under redirects: (from: fact/sample-share, to: fact/<new-id> or article/<slug>)',
  ],
  [
    'a new fact left out of the registry',
    edit('permalinks.yaml', '  - sample-share\n', ''),
    'permalinks.yaml facts: fact "sample-share" is published but not registered; add "- sample-share" under facts: so its link is kept for good',
  ],
  [
    'a fact without its Spanish statement',
    edit(FACT, /\n {2}statement: La encuesta.*/, ''),
    `${FACT} es.statement: is missing: the Spanish text is required, so no page is published half-translated`,
  ],
  [
    'a sheet without its Spanish version',
    remove(ARTICLE_ES),
    `${ARTICLE}: has no Spanish version: add content/es/articles/sample-sheet.mdx`,
  ],
  [
    'a Spanish sheet that places other facts than the English',
    edit(ARTICLE_ES, CARD, ''),
    `${ARTICLE_ES}: must place the same facts and charts, in the same order, as the English sheet`,
  ],
  [
    'a fact id used in two sheets',
    all(
      write(
        'articles/other-sheet.mdx',
        '---\ntitle: Second\nsummary: Another sheet.\nslug: other-sheet\norder: 3\npublished: 2026-11-28\nreviewed: 2026-11-28\ntopics: [testing]\noriginal: { title: T, author: A, publication: P }\n---\n\nWords.\n',
      ),
      async (dir) => cp(path.join(dir, FACT), path.join(dir, 'facts/other-sheet/sample-count.yaml')),
    ),
    `facts/sample-sheet/sample-count.yaml: fact id "sample-count" is already used by facts/other-sheet/sample-count.yaml; fact ids must be unique`,
  ],
])('%s', (_name, change, expected) => {
  it('is refused with the file, the field and what is wrong', async () => {
    expect(await problemsAfter(change)).toContain(expected);
  });
});

describe('a fact file that cannot be read', () => {
  it('is reported once, with no false reports about the sheet and registry that name it', async () => {
    expect(await problemsAfter(edit(FACT, 'unit: people', 'unit: [people'))).toEqual([
      `${FACT}: is not valid YAML (line 8): Flow sequence in block collection must be sufficiently indented and end with a ]`,
    ]);
  });
});

describe('a Spanish sheet', () => {
  it('holds only the translated fields: a shared one (the order) belongs to the English sheet', async () => {
    expect(await problemsAfter(edit(ARTICLE_ES, 'topics:', 'order: 2\ntopics:'))).toEqual([
      `${ARTICLE_ES}: unknown field "order" (check the spelling)`,
    ]);
  });

  it('needs every translated field the English sheet fills', async () => {
    expect(await problemsAfter(edit(ARTICLE_ES, /^contentNote:.*\n/m, ''))).toEqual([
      `${ARTICLE_ES} contentNote: is missing: the Spanish text is required, so no page is published half-translated`,
    ]);
  });
});

describe('which help lines a page shows', () => {
  it('a sheet and its facts show its own lines and the general ones; pages of no sheet show every line', async () => {
    const { helpLinesFor } = await import('../../src/lib/content/check-help-lines.ts');
    const { content } = await checkContentDir(FIXTURE_CONTENT, FIXTURE_CONTENT, { today: TEST_DAY });
    const ids = (sheet?: string) => helpLinesFor(content.helpLines, sheet).map((l) => l.id);
    expect(ids('sample-sheet')).toEqual(['mexico-trafficking', 'us-trafficking-hotline', 'emergency']);
    expect(ids('second-sheet')).toEqual(['emergency']);
    expect(ids(undefined)).toEqual(['mexico-trafficking', 'us-trafficking-hotline', 'emergency']);
  });
});
