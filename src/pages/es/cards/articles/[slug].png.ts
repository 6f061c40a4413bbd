export { getStaticPaths, GET } from '../../../cards/articles/[slug].png.ts';
