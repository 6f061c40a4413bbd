/**
 * Every printed page names the site and the page's address at its foot (its number and the total
 * are in print.css). The address differs from page to page, and CSS cannot read it from the page,
 * so it is set here, as a stylesheet (not an inline style, which the Content-Security-Policy forbids).
 */
const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content;
const url = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
const sheet = new CSSStyleSheet();
sheet.replaceSync(`@page{@bottom-left{content:${JSON.stringify(`${site} · ${url}`)}}}`);
document.adoptedStyleSheets.push(sheet);
