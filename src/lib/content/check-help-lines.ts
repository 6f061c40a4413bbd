/** The help lines: read on every sheet by people who may be in danger, so every number must dial what it shows. */
import { readFile } from 'node:fs/promises';
import { dialsDisplayedNumber } from './check-values.ts';
import type { Problem } from './model.ts';
import { parseRecord } from './read-files.ts';
import { helpLinesSchema, type HelpLines } from './schema.ts';

/** Reads content/help-lines.yaml (`abs`, shown as `file`) and checks it against the build day. */
export async function readHelpLines(abs: string, file: string, today: Date): Promise<{ helpLines?: HelpLines; problems: Problem[] }> {
  const text = await readFile(abs, 'utf8').catch(() => undefined);
  if (text === undefined) return { problems: [{ file, message: 'is missing; every sheet shows these help lines' }] };
  const { data, problems } = parseRecord(file, text, helpLinesSchema);
  if (!data) return { problems };
  if (data.checked > today) {
    problems.push({ file, field: 'checked', message: 'is after today: it must be the day someone really checked every number' });
  }
  data.lines.forEach((line, i) => {
    if (!dialsDisplayedNumber(line.phone, line.tel)) {
      problems.push({ file, field: `lines[${i}].tel`, message: `is ${line.tel}, which does not dial the number readers see (${line.phone})` });
    }
  });
  return { helpLines: data, problems };
}

/** Every sheet a help line names must exist. */
export function helpLineSheetCheck(helpLines: HelpLines, sheets: ReadonlySet<string>, file: string): Problem[] {
  return helpLines.lines.flatMap((line, i) =>
    (line.sheets ?? []).flatMap((slug, j) =>
      sheets.has(slug) ? [] : [{ file, field: `lines[${i}].sheets[${j}]`, message: `names sheet "${slug}", which does not exist in content/articles/` }],
    ),
  );
}

/** The help lines a page shows: a sheet's page (or one of its facts) shows its own lines and the general ones; other pages show all. */
export function helpLinesFor(helpLines: HelpLines, sheet: string | undefined): HelpLines['lines'] {
  return helpLines.lines.filter((line) => !sheet || !line.sheets || line.sheets.includes(sheet));
}
