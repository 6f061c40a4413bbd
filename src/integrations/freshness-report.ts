/**
 * `npm run freshness`: for editors, every figure from a recurring publication whose next edition
 * is due, oldest first, with the edition we hold and the day someone last looked. Never fails a
 * build: time passing is a task for an editor, not an error.
 */
import { checkContentDir, formatProblems } from '../lib/content/check.ts';
import { contentDir } from '../lib/content/checked.ts';
import { overdueFigures } from '../lib/content/freshness.ts';
import { isoDay as day } from '../lib/format.ts';

const root = process.cwd();
const { content, problems } = await checkContentDir(contentDir(root), root);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const overdue = overdueFigures(content);
if (overdue.length === 0) {
  console.log(`Nothing overdue on ${day(content.today)}: every recurring figure is from the newest edition expected.`);
} else {
  console.log(
    `${overdue.length} figure${overdue.length === 1 ? '' : 's'} with a newer edition due, on ${day(content.today)}, oldest first:`,
  );
  for (const o of overdue) {
    console.log(
      `  ${o.file}\n    ${o.schedule.name} (${o.schedule.publisher}): we hold the ${o.freshness.edition} edition; ` +
        `the next was due ${day(o.freshness.nextExpected).slice(0, 7)}; last looked ${day(o.freshness.checked)}` +
        (o.freshness.state === 'newer-may-exist' ? ' (not since it was due)' : ''),
    );
  }
}
