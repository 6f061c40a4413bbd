/** The data downloads of a dataset (/data/<id>.csv and .json): the dataset and the sources it cites. */
import { datasetSourceIds } from '../charts/downloads.ts';
import type { Dataset, Source } from '../content/schema.ts';
import { datasetOf, type Store } from '../content/store.ts';
import { sourcesById } from './parts.ts';

export interface DownloadData {
  id: string;
  dataset: Dataset;
  sources: ReadonlyMap<string, Source>;
}

/** What a dataset's downloads hold. */
export function downloadData(store: Store, id: string): DownloadData {
  const dataset = datasetOf(store, id);
  return { id, dataset, sources: sourcesById(store, datasetSourceIds(dataset)) };
}
