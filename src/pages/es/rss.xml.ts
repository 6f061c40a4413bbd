export { GET } from '../rss.xml.ts';
