/** The downloadable files of a dataset (/data/<id>.csv and .json), with source, years, caveats and licence. */
import { GRADES, type Dataset, type Source, type SourceRef } from '../content/schema.ts';
import { SITE } from '../site.ts';

/** Every source reference a dataset carries: the whole dataset's, then each series' and point's. */
export function datasetRefs(dataset: Dataset): SourceRef[] {
  return [
    ...dataset.sources,
    ...dataset.series.flatMap((s) => [...(s.sources ?? []), ...s.points.flatMap((p) => p.sources ?? [])]),
  ];
}

/** Every source id a dataset cites, whole-dataset sources first. */
export function datasetSourceIds(dataset: Dataset): string[] {
  return [...new Set(datasetRefs(dataset).map((r) => r.id))];
}

/** The JSON download: the dataset as published, with its sources written out. */
export function datasetJson(id: string, dataset: Dataset, sources: ReadonlyMap<string, Source>, siteUrl: URL) {
  return {
    id,
    title: dataset.title,
    takeaway: dataset.takeaway,
    unit: dataset.unit,
    dataYears: dataset.year.label,
    note: dataset.note ?? null,
    licence: `${SITE.licence.name} (${SITE.licence.url}), credit ${SITE.name}`,
    page: new URL(`/data/${id}.json`, siteUrl).href,
    sources: datasetSourceIds(dataset).map((sid) => {
      const s = sources.get(sid)!;
      return { id: sid, publisher: s.publisher, title: s.title, year: s.year, url: s.url, kind: s.kind, type: s.type };
    }),
    series: dataset.series.map((s) => ({
      name: s.name,
      grade: s.grade,
      sources: (s.sources ?? dataset.sources).map((r) => r.id),
      points: s.points.map((p) => ({
        x: p.x,
        value: p.value,
        grade: p.grade ?? s.grade,
        qualifier: p.qualifier ?? null,
        note: p.note ?? null,
        sources: p.sources?.map((r) => r.id) ?? null,
      })),
    })),
  };
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n#]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV download: `#` comment lines with the metadata, then one row per point. */
export function datasetCsv(id: string, dataset: Dataset, sources: ReadonlyMap<string, Source>, siteUrl: URL): string {
  const json = datasetJson(id, dataset, sources, siteUrl);
  const meta = [
    `# ${json.title}`,
    `# Unit: ${json.unit}. Data years: ${json.dataYears}.`,
    ...(json.note ? [`# Note: ${json.note}`] : []),
    ...json.sources.map(
      (s) => `# Source [${s.id}]: ${s.publisher}, "${s.title}"${s.year ? ` (${s.year})` : ''}, ${s.url}`,
    ),
    `# Grade: the kind of evidence behind each value (${GRADES.join(', ')}).`,
    `# Licence: ${json.licence}. Published at ${json.page.replace(/\.json$/, '.csv')}`,
  ];
  const header = ['series', 'x', 'value', 'qualifier', 'grade', 'note', 'sources'];
  const rows = json.series.flatMap((s) =>
    s.points.map((p) => [s.name, p.x, p.value, p.qualifier, p.grade, p.note, (p.sources ?? s.sources).join(' ')]),
  );
  return [...meta, header.join(','), ...rows.map((r) => r.map(csvCell).join(','))].join('\n') + '\n';
}
