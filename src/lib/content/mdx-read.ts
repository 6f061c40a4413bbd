/**
 * Reads an MDX sheet with the parser that renders it (satteri, which @astrojs/mdx uses), so the
 * check sees what readers will: the component tags that place facts and charts, what a sheet may
 * not hold, and digits typed into prose (figures must come from facts). A tag inside a code block
 * is text to the renderer, so it is text here too.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** Components that place a fact in an article, by the attribute that names it. */
export const FACT_COMPONENTS = ['FactCard', 'Value'] as const;
/** Components that place a dataset. */
export const DATASET_COMPONENTS = ['StatChart'] as const;
/** The attributes each of our components takes (the first is required); nothing else is allowed on them. */
const COMPONENT_ATTRIBUTES: Record<string, readonly string[]> = {
  FactCard: ['id'],
  Value: ['id'],
  StatChart: ['dataset', 'type'],
};
/** Link targets a sheet may use: other sites over https, our own pages, anchors, e-mail. */
const SAFE_LINK = /^(https:\/\/|\/|#|mailto:)/i;
/** An expression that holds only a comment, `{/* … *\/}`: allowed, and says nothing to readers. */
const COMMENT_ONLY = /^\s*\/\*[\s\S]*\*\/\s*$/;

export interface ComponentUse {
  component: string;
  /** The id the tag names (fact id or dataset id). */
  id: string;
  /** 1-based line in the whole file, frontmatter included. */
  line: number;
}

/** What a sheet says, as its renderer reads it. Lines are 1-based in the whole file. */
export interface MdxReading {
  /** The YAML between the --- lines at the top, or null when there is none. */
  frontmatter: string | null;
  /** The text below the frontmatter, which Astro renders. */
  body: string;
  /** The line the body starts on. */
  bodyLine: number;
  /** Every component tag that names a fact or a dataset, in reading order. */
  uses: ComponentUse[];
  /** What the sheet may not hold: code, raw HTML, unknown attributes, unsafe links, tags in code. */
  problems: { line: number; message: string }[];
  /** Lines whose reader-visible text has a digit. */
  digits: { line: number; text: string }[];
  /**
   * The prose a reader sees, one entry per paragraph, heading or table cell, with the line it starts
   * on; an inline `<Value id="…" />` stands as the placeholder `{fact:…}` (one figure). A line break
   * inside the text is a line break of the file.
   */
  prose: { line: number; text: string }[];
}

type Node = MdastNode & {
  value?: string;
  url?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
};

/** Reads a whole MDX file: frontmatter, body, component uses and problems. */
export function readMdx(text: string): MdxReading {
  const reading: MdxReading = { frontmatter: null, body: text, bodyLine: 1, uses: [], problems: [], digits: [], prose: [] };
  let root: Node;
  try {
    root = mdxToMdast(text) as Node;
  } catch (error) {
    // satteri's messages start with "line:column: ".
    const message = error instanceof Error ? error.message : String(error);
    const at = /^(\d+):\d+:\s*/.exec(message);
    reading.problems.push({ line: at ? Number(at[1]) : 1, message: `is not valid MDX: ${message.slice(at?.[0].length ?? 0)}` });
    return reading;
  }
  const yaml = root.children?.[0]?.type === 'yaml' ? root.children[0] : undefined;
  if (yaml) {
    reading.frontmatter = yaml.value ?? '';
    const end = yaml.position!.end;
    const rest = text.slice(end.offset);
    const newline = /^[ \t]*\r?\n/.exec(rest);
    reading.body = newline ? rest.slice(newline[0].length) : rest;
    reading.bodyLine = end.line + (newline ? 1 : 0);
  }
  const digits = new Map<number, string[]>();
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? reading.bodyLine;
    const problem = (message: string) => reading.problems.push({ line, message });
    switch (node.type) {
      case 'mdxjsEsm':
        problem('has an import or export statement; an article holds Markdown and our components only');
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!COMMENT_ONLY.test(node.value ?? '')) problem('has a { } expression, which is code; write the text, or put a figure in a fact');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        readComponent(node, line, reading);
        return;
      case 'code':
      case 'inlineCode':
        for (const name of Object.keys(COMPONENT_ATTRIBUTES)) {
          if (new RegExp(`<${name}\\b`).test(node.value ?? '')) {
            problem(`has <${name}> inside code, where it is shown as text and places nothing; remove the code marks around it`);
          }
        }
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!SAFE_LINK.test(node.url ?? '')) problem(`links to "${node.url}"; links must start with https://, /, # or mailto:`);
        break;
    }
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      reading.prose.push({ line, text: inlineText(node) });
    }
    if (node.type === 'text' || node.type === 'code' || node.type === 'inlineCode') {
      // A text may run over several lines: each digit is reported on its own line.
      (node.value ?? '').split('\n').forEach((part, i) => {
        if (/\d/.test(part)) digits.set(line + i, [...(digits.get(line + i) ?? []), part.trim()]);
      });
    }
    node.children?.forEach(visit);
  };
  for (const child of root.children ?? []) if (child !== yaml) visit(child);
  reading.digits = [...digits].sort(([a], [b]) => a - b).map(([line, texts]) => ({ line, text: texts.join(' ') }));
  return reading;
}

/** The text of a block as a reader sees it: a `<Value>` is the figure it shows, `{fact:<id>}`. */
function inlineText(node: Node): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? '';
    case 'break':
      return '\n';
    case 'image':
      return (node as Node & { alt?: string }).alt ?? '';
    case 'mdxJsxTextElement': {
      const id = node.attributes?.find((a) => 'name' in a && a.name === 'id')?.value;
      return node.name === 'Value' && typeof id === 'string' ? `{fact:${id}}` : '';
    }
    case 'mdxTextExpression':
    case 'footnoteReference':
      return '';
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

/** One JSX tag: ours with only the attributes it takes as plain strings, or a problem. */
function readComponent(node: Node, line: number, reading: MdxReading) {
  const problem = (message: string) => reading.problems.push({ line, message });
  const name = node.name ?? '';
  const allowed = COMPONENT_ATTRIBUTES[name];
  if (!allowed) {
    problem(`has <${name}>, which is not one of our components (${Object.keys(COMPONENT_ATTRIBUTES).join(', ')}); raw HTML is not allowed`);
    return;
  }
  const values = new Map<string, string>();
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      problem(`gives <${name}> attributes from code ({...}); write each attribute as name="value"`);
    } else if (!allowed.includes(attr.name)) {
      problem(`gives <${name}> the attribute "${attr.name}"; it takes only ${allowed.join(', ')}`);
    } else if (typeof attr.value !== 'string') {
      problem(`gives <${name}> ${attr.name}={…}, which is code; write ${attr.name}="…"`);
    } else values.set(attr.name, attr.value);
  }
  if ((node.children ?? []).length > 0) problem(`puts text inside <${name}>; write it as <${name} … /> with nothing inside`);
  const required = allowed[0]!;
  const id = values.get(required);
  if (id === undefined) problem(`has <${name}> without ${required}="…"`);
  else reading.uses.push({ component: name, id, line });
}
