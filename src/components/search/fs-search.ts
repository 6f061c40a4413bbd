/**
 * <fs-search>: searches the Pagefind index built with the site (no server, no other host) and
 * lists results that link straight to facts in their sheets. The query lives in ?q= so a search
 * can be shared.
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; sheet?: string; year?: string; grade?: string };
}
interface Pagefind {
  search(query: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

/** Keeps only the text and Pagefind's <mark> highlights of an excerpt. */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) => {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

class FsSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;

  /** Interface text from the page (data-* attributes, in the page's language), with {placeholders} filled. */
  #text(name: string, vars: Record<string, string | number> = {}): string {
    return (this.dataset[name] ?? '').replace(/\{(\w+)\}/g, (_, key: string) => String(vars[key] ?? ''));
  }

  connectedCallback() {
    const form = document.querySelector<HTMLFormElement>('form[role="search"]');
    const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
    if (!form || !input) return;
    document.querySelectorAll<HTMLElement>('.needs-js').forEach((el) => (el.hidden = true));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      history.replaceState(null, '', `?q=${encodeURIComponent(input.value)}`);
      void this.run(input.value);
    });
    const query = new URLSearchParams(location.search).get('q');
    if (query) {
      input.value = query;
      void this.run(query);
    }
  }

  async run(query: string) {
    const status = this.querySelector('[role="status"]')!;
    const list = this.querySelector('ol')!;
    list.replaceChildren();
    if (!query.trim()) return void (status.textContent = '');
    status.textContent = this.#text('searching');
    this.#pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`) as Promise<Pagefind>;
    const found = await (await this.#pagefind).search(query);
    const results = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
    for (const result of results) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = result.url.replace(/\.html$/, '');
      link.textContent = result.meta.title ?? result.url;
      const where = document.createElement('p');
      where.className = 'where';
      where.textContent = [result.meta.sheet, result.meta.year && this.#text('year', { year: result.meta.year })]
        .filter(Boolean)
        .join(' · ');
      // A fact's grade of evidence, as the badge on its card shows it.
      if (result.meta.grade) {
        const grade = document.createElement('span');
        grade.className = 'grade';
        grade.textContent = result.meta.grade;
        where.prepend(grade, where.textContent ? ' ' : '');
      }
      const excerpt = document.createElement('p');
      excerpt.append(...excerptNodes(result.excerpt));
      item.append(link, ...(where.textContent ? [where] : []), excerpt);
      list.append(item);
    }
    status.textContent =
      results.length === 0
        ? this.#text('none', { q: query })
        : results.length === 1
          ? this.#text('one', { q: query })
          : this.#text('results', { n: results.length, q: query });
  }
}

if (!customElements.get('fs-search')) customElements.define('fs-search', FsSearch);
