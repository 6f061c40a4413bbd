/**
 * The language switcher keeps the reader's place: a sheet read at #fact-id opens at the same fact in
 * the other language (ids are the same in both). Without JavaScript the switch opens the page's top.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-keep-anchor]');
  if (link && location.hash) link.hash = location.hash;
});
