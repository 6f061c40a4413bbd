/** A sheet's classroom edition: its key figures, glossary and questions (content/classroom/<sheet>.yaml). */
import type { ArticleData, Classroom, PublishedFact } from '../content/schema.ts';
import { articleData, keyFiguresOf, type Store } from '../content/store.ts';
import type { Lang } from '../format.ts';
import { shownHelpLines } from './parts.ts';
import type { PageLocals } from './page.ts';

export interface ClassroomPageData extends PageLocals {
  slug: string;
  /** The sheet's frontmatter in the page's language. */
  sheet: ArticleData;
  classroom: Classroom;
  /** The sheet's key figures, newest data first. */
  keyFigures: [string, PublishedFact][];
}

/** Everything a classroom edition shows, in a language. */
export function classroomPageData(store: Store, slug: string, lang: Lang): ClassroomPageData {
  const classroom = store.classroom.get(slug);
  if (!classroom) throw new Error(`sheet "${slug}" has no classroom edition`);
  return {
    slug,
    sheet: articleData(store, slug, lang),
    classroom,
    keyFigures: keyFiguresOf(store, slug),
    helpLines: shownHelpLines(store, slug),
  };
}
