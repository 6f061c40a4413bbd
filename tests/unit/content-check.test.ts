/**
 * The content check as direct calls: each case copies the valid fixture folder, breaks one thing
 * an editor could get wrong, and expects the exact message naming the file and the field.
 * (tests/content/bad-content.test.ts keeps a few real failing builds.)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir } from '../../src/lib/content/check.ts';
import { all, edit, problemsAfter, remove, removeCopies, TEST_DAY, write } from '../support/fixture-edits.ts';
import { FIXTURE_CONTENT } from '../support/site.ts';

const COUNT = 'facts/sample-sheet/sample-count.yaml';
const LATER = 'facts/sample-sheet/sample-count-later.yaml';
const SHARE = 'facts/sample-sheet/sample-share.yaml';
const DATASET = 'datasets/sample-series.yaml';
const SOURCE = 'sources/sample-primary.yaml';
const HELP = 'help-lines.yaml';
const ARTICLE = 'articles/sample-sheet.mdx';
const ARTICLE_ES = 'es/articles/sample-sheet.mdx';
const CARD = '<FactCard id="sample-share" />';
const CLASSROOM = 'classroom/sample-sheet.yaml';
const YEARLY = 'facts/second-sheet/second-yearly.yaml';

afterAll(removeCopies);

describe('the valid fixture', () => {
  it('passes the check on the test day', async () => {
    const { problems } = await checkContentDir(FIXTURE_CONTENT, FIXTURE_CONTENT, { today: TEST_DAY });
    expect(problems).toEqual([]);
  });
});

describe('placeholders', () => {
  it('are filled from the records they name, each language in its own words', async () => {
    const { content } = await checkContentDir(FIXTURE_CONTENT, FIXTURE_CONTENT, { today: TEST_DAY });
    const yearly = content.datasets.find((d) => d.id === 'sample-yearly')!.data;
    const fact = content.facts.find((f) => f.id === 'second-yearly')!.data;
    expect(yearly.takeaway).toBe('The yearly count rose from 1,500 in 2012, with no count published for some years.');
    expect(yearly.es?.takeaway).toBe(
      'El conteo anual aumentó desde 1,500 en 2012, y algunos años no tienen conteo publicado.',
    );
    // The fact named carries "about": the figure keeps its qualifier wherever it is repeated.
    expect(fact.caveat).toBe('A sample survey counted about 1,234 people the year after the first count.');
    expect(fact.es?.caveat).toBe(
      'Una encuesta de muestra contó alrededor de 1,234 personas el año siguiente al primer conteo.',
    );
  });
});

describe.each<[string, string, string | RegExp, string, string]>([
  [
    'a published fact without a grade',
    COUNT,
    /^grade: .*\n/m,
    '',
    `${COUNT} grade: must be one of: official-count, official-estimate, official-statement, modelled-estimate, research, news-report, secondary-report (got nothing)`,
  ],
  [
    'an unknown grade',
    COUNT,
    'grade: official-count',
    'grade: rumour',
    `${COUNT} grade: must be one of: official-count, official-estimate, official-statement, modelled-estimate, research, news-report, secondary-report (got "rumour")`,
  ],
  [
    'a first source without a quote',
    COUNT,
    /\n {4}quote: .*\n {4}checked: .*/,
    '',
    `${COUNT} sources[0].quote: is required: quote, in at most forty of its own words, what source "sample-primary" says, with "locator" and "checked"`,
  ],
  [
    'a quote without the day it was read',
    COUNT,
    /\n {4}checked: .*/,
    '',
    `${COUNT} sources[0].checked: is required with a quote: the day someone read it in the source`,
  ],
  [
    'a quote longer than forty words',
    COUNT,
    'quote: The survey counted 1,234 people in 2019.',
    `quote: ${'word '.repeat(41).trim()}`,
    `${COUNT} sources[0].quote: must be at most 40 words: quote only the words that carry the figure (got "${'word '.repeat(15)}w…)`,
  ],
  [
    'a day of reading after the build',
    COUNT,
    'checked: 2026-11-28',
    'checked: 2026-12-01',
    `${COUNT} sources[0].checked: is 2026-12-01, after today (2026-11-29): the day the source was read must be a day that has passed`,
  ],
  [
    'a day of reading before the source existed',
    COUNT,
    'checked: 2026-11-28',
    'checked: 2019-05-01',
    `${COUNT} sources[0].checked: is 2019-05-01, before the source was published (2020): the day the source was read cannot precede the source`,
  ],
  [
    'an impossible day',
    COUNT,
    'checked: 2026-11-28',
    'checked: 2026-02-31',
    `${COUNT} sources[0].checked: must be a real date written as YYYY-MM-DD (got "2026-02-31")`,
  ],
  [
    'a number instead of a day',
    COUNT,
    'checked: 2026-11-28',
    'checked: 20261128',
    `${COUNT} sources[0].checked: must be a date written as YYYY-MM-DD (got 20261128)`,
  ],
  [
    'a source read in the future',
    SOURCE,
    'accessed: 2026-11-28',
    'accessed: 2027-01-05',
    `${SOURCE} accessed: is 2027-01-05, after today (2026-11-29): the day the source was read must be a day that has passed`,
  ],
  [
    'a source read before it was published',
    SOURCE,
    'accessed: 2026-11-28',
    'accessed: 2018-01-05',
    `${SOURCE} accessed: is 2018-01-05, before the source was published (2020): the day the source was read cannot precede the source`,
  ],
  [
    'a source without its type',
    SOURCE,
    /^type: .*\n/m,
    '',
    `${SOURCE} type: must be one of: government, international-organisation, research, ngo, programme, news-agency, newspaper, magazine, press-release, opinion, tabloid, content-site, unofficial-copy (got nothing)`,
  ],
  [
    'a headline on a fact with no figure',
    LATER,
    /^value: .*\n/m,
    'headline: { label: people counted later }\n',
    `${LATER} headline: names no figure: the fact has no "value" to show large; remove the headline or add the value`,
  ],
  [
    'a headline label with a number in it',
    COUNT,
    'label: people counted by the sample survey',
    'label: people counted in 2019',
    `${COUNT} headline.label: must contain no digits: the figure and its year are shown beside it (got "people counted in 2019")`,
  ],
  [
    'a headline without its Spanish label',
    SHARE,
    /\n {2}headline:\n {4}label: personas.*/,
    '',
    `${SHARE} es.headline: is missing: the Spanish text is required, so no page is published half-translated`,
  ],
  [
    'a claim without its Spanish',
    COUNT,
    /\n {2}claim: El artículo.*/,
    '',
    `${COUNT} es.claim: is missing: the Spanish text is required, so no page is published half-translated`,
  ],
  [
    'a claim without a verdict',
    COUNT,
    /^verdict: .*\n/m,
    '',
    `${COUNT} verdict: is required with "claim": a verdict needs the claim it judges, and a claim its verdict`,
  ],
  [
    'a series without a grade',
    DATASET,
    /\n {4}grade: official-count/,
    '',
    `${DATASET} series[0].grade: must be one of: official-count, official-estimate, official-statement, modelled-estimate, research, news-report, secondary-report (got nothing)`,
  ],
  [
    'help lines checked in the future',
    HELP,
    'checked: 2026-11-28',
    'checked: 2026-12-24',
    `${HELP} checked: is after today: it must be the day someone really checked every number`,
  ],
  [
    'a help line for a sheet that does not exist',
    HELP,
    'sheets: [sample-sheet]',
    'sheets: [no-such-sheet]',
    `${HELP} lines[0].sheets[0]: names sheet "no-such-sheet", which does not exist in content/articles/`,
  ],
  [
    'a locator without its Spanish',
    COUNT,
    '    es:\n      locator: Tabla 1\n',
    '',
    `${COUNT} sources[0].es.locator: is missing: the Spanish text is required, so no page is published half-translated`,
  ],
  [
    'an untitled source without its Spanish description',
    'sources/sample-secondary.yaml',
    /\nes:\n  title: .*\n/,
    '\n',
    'sources/sample-secondary.yaml es.title: is missing: the Spanish text is required, so no page is published half-translated',
  ],
  [
    'a Spanish title for a source that has its own title',
    SOURCE,
    'type: government',
    'type: government\nes:\n  title: Informe de la encuesta de muestra',
    `${SOURCE} es.title: has no English counterpart; remove it or add the English`,
  ],
  [
    'a month that is not a month',
    DATASET,
    '- { x: 2019, value: 1234 }',
    '- { x: 2019, value: 1234, month: 2019-13 }',
    `${DATASET} series[0].points[0].month: must be a month written YYYY-MM, such as 2013-06 (got "2019-13")`,
  ],
  [
    'a month outside the dataset’s years',
    DATASET,
    '- { x: 2019, value: 1234 }',
    '- { x: 2019, value: 1234, month: 2024-06 }',
    `${DATASET} series[0].points[0].month: is 2024-06, outside the dataset's years 2019–2020`,
  ],
  // Classroom editions: their sheet, their terms, no figure typed into their words.
  [
    'a figure typed into a glossary definition',
    CLASSROOM,
    'that someone recorded one by one',
    'that someone recorded, such as 1,234 people',
    `${CLASSROOM} glossary[2].definition: has a number ("1,234"); write numbers in words here, or put figures in a fact`,
  ],
  [
    'a figure typed into a Spanish question',
    CLASSROOM,
    'año tras año',
    'desde 2018',
    `${CLASSROOM} questions[1].es: has a number ("2018"); write numbers in words here, or put figures in a fact`,
  ],
  [
    'a glossary term without its Spanish',
    CLASSROOM,
    /    es:\n      term: Conteo\n      definition: .*\n/,
    '',
    `${CLASSROOM} glossary[2].es: is required but missing`,
  ],
  [
    'a term given twice',
    CLASSROOM,
    'term: Count',
    'term: Sample survey',
    `${CLASSROOM} glossary[2].term: repeats the term "Sample survey"`,
  ],
  [
    'two questions where three to five are needed',
    CLASSROOM,
    /  - text: What would you check[\s\S]*$/,
    '',
    `${CLASSROOM} questions: must have three to five questions (got [{"text":"What does a sample survey measure that a count does not?","es":"¿Qu…)`,
  ],
  [
    'a headline from the web address on a source with no headline',
    SOURCE,
    /^titleFromAddress: true$/m,
    'titleFromAddress: true\nuntitled: true',
    `${SOURCE} titleFromAddress: cannot go with "untitled": a headline read from the web address is a headline; keep one of the two`,
  ],
  [
    'separate panels for a dataset of one series',
    DATASET,
    /^series:$/m,
    'separate: true\nseries:',
    `${DATASET} separate: draws each series in its own panel, so it needs two series or more (this dataset has one)`,
  ],
  // Values and dates that cannot be true of what they are.
  [
    'a negative count',
    COUNT,
    'value: 1234',
    'value: -1234',
    `${COUNT} value: is -1234, but a count of people is a whole number of zero or more`,
  ],
  [
    'a count of part of a person',
    COUNT,
    'value: 1234',
    'value: 1234.5',
    `${COUNT} value: is 1234.5, but a count of people is a whole number of zero or more`,
  ],
  [
    'a fall of more than all of it',
    SHARE,
    'value: 12.5',
    'value: -150',
    `${SHARE} value: is -150, but nothing falls by more than 100 percent`,
  ],
  [
    'a grade its sources cannot carry',
    LATER,
    'grade: news-report',
    'grade: official-count',
    `${LATER} grade: is "official-count", which needs a primary source of type government, international-organisation ("sample-secondary" is secondary newspaper): choose the grade these sources can carry`,
  ],
  [
    'a key figure resting only on an opinion column',
    'sources/sample-secondary.yaml',
    'type: newspaper',
    'type: opinion',
    `${YEARLY} headline: makes this a key figure, but its only sources are opinion, tabloid, content-site outlets: find a better source or remove the headline`,
  ],
  [
    'a figure typed into a takeaway',
    DATASET,
    'takeaway: The count rose between the two years.',
    'takeaway: The count rose to 2,345 people.',
    `${DATASET} takeaway: types the figure "2,345": name a figure of the data with {fact:<fact-id>} or {data:<dataset-id>/<x>}, so it is typed once`,
  ],
  [
    'a percentage typed into a Spanish caveat',
    SHARE,
    'caveat: Una estimación de encuesta.',
    'caveat: Una estimación de encuesta, del 12.5 %.',
    `${SHARE} es.caveat: types the figure "12.5 %": name a figure of the data with {fact:<fact-id>} or {data:<dataset-id>/<x>}, so it is typed once`,
  ],
  [
    'a placeholder naming no fact',
    YEARLY,
    '{fact:sample-count} people the year',
    '{fact:sample-counts} people the year',
    `${YEARLY} caveat: {fact:sample-counts} names no fact "sample-counts"`,
  ],
  [
    'a placeholder naming no point of a dataset',
    'datasets/sample-yearly.yaml',
    'rose from {data:sample-yearly/2012}',
    'rose from {data:sample-yearly/2014}',
    `datasets/sample-yearly.yaml takeaway: {data:sample-yearly/2014} names no point: dataset "sample-yearly" has no x "2014"`,
  ],
  [
    'a fact that disagrees with its dataset’s point',
    COUNT,
    'value: 1234',
    'value: 1243',
    `${COUNT} value: is 1243, but datasets/sample-series.yaml has 1234 ("Survey") for 2019: the two files disagree`,
  ],
  [
    'a share above 100 percent',
    SHARE,
    'value: 12.5',
    'value: 143.6',
    `${SHARE} value: is 143.6, but a share is at most 100 percent; a rise or fall is the unit "percent-change"`,
  ],
  [
    'a schedule that does not exist',
    LATER,
    'schedule: sample-yearly-report',
    'schedule: sample-monthly-report',
    `${LATER} updates.schedule: names no schedule "sample-monthly-report" in content/schedules.yaml (there are: sample-yearly-report)`,
  ],
  [
    'an edition before the data it publishes',
    LATER,
    'edition: 2021',
    'edition: 2019',
    `${LATER} updates.edition: is 2019, before the data it publishes (2020): an edition appears after the year it describes`,
  ],
  [
    'a last look for a newer edition after the build day',
    LATER,
    'checked: 2026-11-28 }',
    'checked: 2026-12-28 }',
    `${LATER} updates.checked: is 2026-12-28, after today (2026-11-29): it must be the day someone looked for a newer edition`,
  ],
  [
    'a schedule on a figure that has newer ones',
    COUNT,
    'newer: [sample-count-later]',
    'newer: [sample-count-later]\nupdates: { schedule: sample-yearly-report, edition: 2020, checked: 2026-11-28 }',
    `${COUNT} updates: belongs to the newest figure, but this fact lists newer ones (sample-count-later): move "updates" to the newest`,
  ],
  [
    'a word that goes stale',
    COUNT,
    'statement: The sample survey counted',
    'statement: The latest sample survey counted',
    `${COUNT} statement: says "latest", which goes stale when a new edition appears: give the year instead, and add "updates" so the site says what is newest`,
  ],
  [
    'a Spanish word that goes stale',
    LATER,
    'es:\n  statement: Un informe',
    'es:\n  statement: Actualmente, un informe',
    `${LATER} es.statement: says "Actualmente", which goes stale when a new edition appears: give the year instead, and add "updates" so the site says what is newest`,
  ],
  [
    'a schedule with a month that does not exist',
    'schedules.yaml',
    'month: 6',
    'month: 13',
    'schedules.yaml sample-yearly-report.month: must be a month from 1 to 12 (got 13)',
  ],
  [
    'a point that is a negative count',
    DATASET,
    'value: 2345',
    'value: -2345',
    `${DATASET} series[0].points[1].value: is -2345, but a count of people is a whole number of zero or more`,
  ],
  [
    'a point outside the dataset’s years',
    DATASET,
    'x: 2020',
    'x: 2021',
    `${DATASET} series[0].points[1].x: is 2021, outside the dataset's years 2019–2020`,
  ],
  [
    'data from a year that has not begun',
    COUNT,
    'year: 2019',
    'year: 2031',
    `${COUNT} year: is 2031, but data cannot describe a year that has not begun (today is in 2026)`,
  ],
  [
    'an event after today',
    COUNT,
    'year: 2019',
    'year: 2026\ndate: 2026-12-05',
    `${COUNT} date: is 2026-12-05, after today (2026-11-29): an event cannot happen after the day it is published`,
  ],
  [
    'an event outside its data years',
    COUNT,
    'year: 2019',
    'year: 2019\ndate: 2018-05-01',
    `${COUNT} date: is in 2018, outside the data years 2019; the date must fall within them`,
  ],
  [
    'a sheet reviewed before it was published',
    ARTICLE,
    'reviewed: 2026-11-28',
    'reviewed: 2026-10-01',
    `${ARTICLE} reviewed: is 2026-10-01, before the sheet was published (2026-11-28)`,
  ],
  [
    'a help line that dials another number',
    HELP,
    "tel: '+528005533000'",
    "tel: '+528005533001'",
    `${HELP} lines[0].tel: is +528005533001, which does not dial the number readers see (800 5533 000)`,
  ],
  // An article is Markdown and our own components, nothing else.
  [
    'an import in an article',
    ARTICLE,
    '## What the survey found',
    "import Evil from './evil.js'\n\n## What the survey found",
    `${ARTICLE} line 16: has an import or export statement; an article holds Markdown and our components only`,
  ],
  [
    'a script in an article',
    ARTICLE,
    CARD,
    `${CARD}\n\n<script>alert('x')</script>`,
    `${ARTICLE} line 24: has <script>, which is not one of our components (FactCard, Value, StatChart); raw HTML is not allowed`,
  ],
  [
    'raw HTML with an event handler',
    ARTICLE_ES,
    CARD,
    `${CARD}\n\n<img src="x" onerror="alert(1)" />`,
    `${ARTICLE_ES} line 20: has <img>, which is not one of our components (FactCard, Value, StatChart); raw HTML is not allowed`,
  ],
  [
    'an attribute our component does not take',
    ARTICLE,
    CARD,
    '<FactCard id="sample-share" onClick="alert(1)" />',
    `${ARTICLE} line 22: gives <FactCard> the attribute "onClick"; it takes only id`,
  ],
  [
    'a javascript: link',
    ARTICLE,
    'Some words were',
    '[Read more](javascript:alert(1)) Some words were',
    `${ARTICLE} line 28: links to "javascript:alert(1)"; links must start with https://, /, # or mailto:`,
  ],
  [
    'an expression in prose',
    ARTICLE,
    'Some words were',
    '{alert(1)} Some words were',
    `${ARTICLE} line 28: has a { } expression, which is code; write the text, or put a figure in a fact`,
  ],
  [
    'a card inside a code block, which readers would see as text',
    ARTICLE,
    CARD,
    '```\n<FactCard id="sample-share" />\n```',
    `${ARTICLE} line 22: has <FactCard> inside code, where it is shown as text and places nothing; remove the code marks around it`,
  ],
  [
    'an attribute on a later line of the tag',
    ARTICLE,
    CARD,
    '<FactCard\n  id="sample-share"\n  onClick="alert(1)"\n/>',
    `${ARTICLE} line 22: gives <FactCard> the attribute "onClick"; it takes only id`,
  ],
  [
    'a reference-style link to an unsafe address',
    ARTICLE,
    'Some words were',
    '[more]: javascript:alert(1)\n\n[Read more][more] Some words were',
    `${ARTICLE} line 28: links to "javascript:alert(1)"; links must start with https://, /, # or mailto:`,
  ],
  [
    'a tag the MDX parser cannot read',
    ARTICLE,
    CARD,
    '<FactCard id="sample-share"',
    `${ARTICLE} line 22: is not valid MDX: Unexpected character after \`<\`, expected a valid JSX tag (note: to create a link in MDX, use \`[text](url)\`) (mdx-jsx:unexpected-character)`,
  ],
])('%s', (_name, file, from, to, expected) => {
  it('is refused with a message naming the file and the field', async () => {
    expect(await problemsAfter(edit(file, from, to))).toContain(expected);
  });
});

describe('a classroom edition named after no sheet', () => {
  it('is refused, naming the file', async () => {
    const text = await readFile(path.join(FIXTURE_CONTENT, CLASSROOM), 'utf8');
    expect(await problemsAfter(all(remove(CLASSROOM), write('classroom/sample-shet.yaml', text)))).toEqual([
      `classroom/sample-shet.yaml: is the classroom edition of sheet "sample-shet", which does not exist in content/articles/ (the file name must be the sheet's slug)`,
    ]);
  });
});
