export { GET } from '../../corrections/rss.xml.ts';
