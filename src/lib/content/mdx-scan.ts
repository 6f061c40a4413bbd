/**
 * Reads what an MDX article refers to without compiling it: the component tags that
 * place facts and charts, and any digits typed into prose (figures must come from facts).
 */

/** Components that place a fact in an article, by the attribute that names it. */
export const FACT_COMPONENTS = ['FactCard', 'Value'] as const;
/** Components that place a dataset. */
export const DATASET_COMPONENTS = ['StatChart'] as const;
/** The attributes each of our components takes; nothing else is allowed on them. */
const COMPONENT_ATTRIBUTES: Record<string, readonly string[]> = { FactCard: ['id'], Value: ['id'], StatChart: ['dataset', 'type'] };
/** Link targets a sheet may use: other sites over https, our own pages, anchors, e-mail. */
const SAFE_LINK = /^(https:\/\/|\/|#|mailto:)/i;

export interface ComponentUse {
  component: string;
  /** The id the tag names (fact id or dataset id). */
  id: string;
  /** 1-based line in the whole file, frontmatter included. */
  line: number;
}

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTR = /\b(id|dataset)\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Splits an MDX file into its YAML frontmatter and body, keeping the body's line offset. */
export function splitFrontmatter(text: string): { frontmatter: string | null; body: string; bodyLine: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyLine: 1 };
  const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine };
}

/** Every component tag in the body that names a fact or a dataset, in reading order. */
export function componentUses(body: string, bodyLine = 1): ComponentUse[] {
  const uses: ComponentUse[] = [];
  for (const m of body.matchAll(TAG)) {
    const attr = ATTR.exec(m[2] ?? '');
    if (!attr) continue;
    const line = bodyLine + body.slice(0, m.index).split('\n').length - 1;
    uses.push({ component: m[1]!, id: attr[2] ?? attr[3] ?? '', line });
  }
  return uses;
}

/** Lines of prose that contain a digit once tags, link targets and comments are removed. */
export function digitsInProse(body: string, bodyLine = 1): { line: number; text: string }[] {
  const withoutCode = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (c) => c.replace(/[^\n]/g, ' '))
    .replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' '));
  return withoutCode
    .split('\n')
    .map((text, i) => ({
      line: bodyLine + i,
      text: text
        .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
        .replace(/\]\([^)]*\)/g, ']')
        .trim(),
    }))
    .filter((l) => /\d/.test(l.text));
}

/**
 * What an article may not contain: an article is Markdown and our own components, nothing else.
 * No code (import, export, {expressions}), no raw HTML or other components, no attributes our
 * components do not take, and no link that is not https, a site path, an anchor or an e-mail.
 */
export function mdxProblems(body: string, bodyLine = 1): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  let fenced = false;
  body.split('\n').forEach((raw, i) => {
    const line = bodyLine + i;
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced || /^\s*(```|~~~)/.test(raw)) return;
    // Comments are allowed and say nothing to readers.
    const text = raw.replace(/\{\/\*.*?\*\/\}/g, '').replace(/<!--.*?-->/g, '');
    if (/^\s*(import|export)\s/.test(text)) {
      problems.push({ line, message: 'has an import or export statement; an article holds Markdown and our components only' });
      return;
    }
    if (/[{}]/.test(text)) problems.push({ line, message: 'has a { } expression, which is code; write the text, or put a figure in a fact' });
    for (const tag of text.matchAll(/<([A-Za-z][\w.-]*)([^>]*)>?/g)) {
      const name = tag[1]!;
      const allowed = COMPONENT_ATTRIBUTES[name];
      if (!allowed) {
        problems.push({ line, message: `has <${name}>, which is not one of our components (${Object.keys(COMPONENT_ATTRIBUTES).join(', ')}); raw HTML is not allowed` });
        continue;
      }
      for (const attr of (tag[2] ?? '').matchAll(/([A-Za-z][\w-]*)\s*=/g)) {
        if (!allowed.includes(attr[1]!)) problems.push({ line, message: `gives <${name}> the attribute "${attr[1]}"; it takes only ${allowed.join(', ')}` });
      }
    }
    for (const link of text.matchAll(/\]\(\s*([^)\s]*)/g)) {
      if (!SAFE_LINK.test(link[1]!)) problems.push({ line, message: `links to "${link[1]}"; links must start with https://, /, # or mailto:` });
    }
  });
  return problems;
}
