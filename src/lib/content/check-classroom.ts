/**
 * Classroom editions (content/classroom/<sheet>.yaml): each belongs to a sheet that exists, names
 * each term once, and types no figure into its words. A term may hold one ("Tier 2"); definitions
 * and questions write numbers in words, since figures belong to facts, with their sources.
 */
import type { CheckedContent, Problem } from './model.ts';

/** Text with every glossary term taken out, so a digit inside a term's name is not a typed figure. */
function withoutTerms(text: string, terms: string[]): string {
  return terms.reduce((rest, term) => rest.split(term).join(' '), text);
}

export function classroomCheck(content: CheckedContent): Problem[] {
  const problems: Problem[] = [];
  const sheets = new Set([...content.articles.map((a) => a.id), ...content.unreadable.articles]);
  for (const { id, file, data } of content.classroom) {
    if (!sheets.has(id)) {
      problems.push({ file, message: `is the classroom edition of sheet "${id}", which does not exist in content/articles/ (the file name must be the sheet's slug)` });
    }
    const terms = { en: data.glossary.map((g) => g.term), es: data.glossary.map((g) => g.es.term) };
    for (const lang of ['en', 'es'] as const) {
      const seen = new Set<string>();
      terms[lang].forEach((term, i) => {
        const key = term.toLowerCase();
        if (seen.has(key)) problems.push({ file, field: `glossary[${i}].${lang === 'es' ? 'es.term' : 'term'}`, message: `repeats the term "${term}"` });
        seen.add(key);
      });
    }
    const typed = (field: string, text: string, lang: 'en' | 'es') => {
      const figure = /\d[\d.,]*/.exec(withoutTerms(text, terms[lang]));
      if (figure) {
        problems.push({ file, field, message: `has a number ("${figure[0]}"); write numbers in words here, or put figures in a fact` });
      }
    };
    data.glossary.forEach((g, i) => {
      typed(`glossary[${i}].definition`, g.definition, 'en');
      typed(`glossary[${i}].es.definition`, g.es.definition, 'es');
    });
    data.questions.forEach((q, i) => {
      typed(`questions[${i}].text`, q.text, 'en');
      typed(`questions[${i}].es`, q.es, 'es');
    });
  }
  return problems;
}
