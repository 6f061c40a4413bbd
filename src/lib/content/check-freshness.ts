/**
 * Freshness: a recurring figure names its publication's schedule (content/schedules.yaml), the
 * edition it comes from and the day someone last looked for a newer one; the build says what is
 * newest, so no text may type "latest" or "current". Time passing never fails a build: only what
 * an editor wrote wrong does.
 */
import { readFile } from 'node:fs/promises';
import { isoDay as day } from '../format.ts';
import type { CheckedContent, Problem } from './model.ts';
import { parseRecord } from './read-files.ts';
import { schedulesSchema, type Schedule, type Updates } from './schema.ts';

/** Reads content/schedules.yaml (`abs`, shown as `file`); a missing file means no schedules. */
export async function readSchedules(abs: string, file: string): Promise<{ schedules: Record<string, Schedule>; problems: Problem[] }> {
  const text = await readFile(abs, 'utf8').catch(() => undefined);
  if (text === undefined) return { schedules: {}, problems: [] };
  const { data, problems } = parseRecord(file, text, schedulesSchema);
  return { schedules: data ?? {}, problems };
}

/**
 * Words that say a figure is the newest: true the day they are typed, false the day a new edition
 * appears. The build says it instead, from each figure's schedule.
 */
const STALE_WORDS = /\b(latest|most recent|newest|current|currently|up-to-date|up to date|to date)\b|\b(más recientes?|actual|actuales|actualmente|vigentes?|a la fecha|hasta la fecha)(?![\p{L}])/giu;

/** The words of a text that claim to be current ("latest", "más reciente"). */
export function staleWords(text: string): string[] {
  return [...text.matchAll(STALE_WORDS)].map((m) => m[0]);
}


/** Checks every `updates` block against the schedules and the build day, and text for words that go stale. */
export function freshnessCheck(content: CheckedContent, schedules: Record<string, Schedule>, today: Date): Problem[] {
  const problems: Problem[] = [];
  const checkUpdates = (file: string, u: Updates | undefined, dataTo: number) => {
    if (!u) return;
    if (!schedules[u.schedule]) {
      const known = Object.keys(schedules);
      problems.push({
        file,
        field: 'updates.schedule',
        message: `names no schedule "${u.schedule}" in content/schedules.yaml${known.length ? ` (there are: ${known.join(', ')})` : ''}`,
      });
    }
    if (u.edition > today.getUTCFullYear()) {
      problems.push({ file, field: 'updates.edition', message: `is ${u.edition}, but an edition cannot appear after this year (${today.getUTCFullYear()})` });
    }
    if (u.edition < dataTo) {
      problems.push({ file, field: 'updates.edition', message: `is ${u.edition}, before the data it publishes (${dataTo}): an edition appears after the year it describes` });
    }
    if (u.checked > today) {
      problems.push({ file, field: 'updates.checked', message: `is ${day(u.checked)}, after today (${day(today)}): it must be the day someone looked for a newer edition` });
    }
  };
  const checkWords = (file: string, field: string, text: string | undefined) => {
    const words = text ? staleWords(text) : [];
    if (words.length > 0) {
      problems.push({
        file,
        field,
        message: `says "${words[0]}", which goes stale when a new edition appears: give the year instead, and add "updates" so the site says what is newest`,
      });
    }
  };

  for (const { file, data } of content.facts) {
    for (const [field, text] of [
      ['statement', data.status === 'unverified' ? undefined : data.statement],
      ['caveat', data.caveat],
      ['headline.label', data.status === 'unverified' ? undefined : data.headline?.label],
      ['es.statement', data.es?.statement],
      ['es.caveat', data.es?.caveat],
      ['es.headline.label', data.es?.headline?.label],
    ] as const) {
      checkWords(file, field, text);
    }
    if (data.status === 'unverified') continue;
    checkUpdates(file, data.updates, data.year.to);
    if (data.updates && data.newer?.length) {
      problems.push({
        file,
        field: 'updates',
        message: `belongs to the newest figure, but this fact lists newer ones (${data.newer.join(', ')}): move "updates" to the newest`,
      });
    }
  }
  for (const { file, data } of content.datasets) {
    checkUpdates(file, data.updates, data.year.to);
    for (const [field, text] of [
      ['title', data.title],
      ['takeaway', data.takeaway],
      ['note', data.note],
      ['es.title', data.es?.title],
      ['es.takeaway', data.es?.takeaway],
      ['es.note', data.es?.note],
    ] as const) {
      checkWords(file, field, text);
    }
  }
  for (const { file, data } of [...content.articles, ...content.articlesEs]) {
    checkWords(file, 'title', data.title);
    checkWords(file, 'summary', data.summary);
    data.inBrief?.forEach((sentence, i) => checkWords(file, `inBrief[${i}]`, sentence));
  }
  for (const { file, body } of [...content.articles, ...content.articlesEs]) checkWords(file, 'body', body);
  return problems;
}
