export { getStaticPaths, GET } from '../../../cards/facts/[id].png.ts';
