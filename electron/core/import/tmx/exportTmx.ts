import { type ExportableArticle, rowsOf } from '../rows';
import { xmlEscape } from '../xmlText';
import { titleRole } from './importTmx';

function unit(ar: string[], en: string[], prop?: string): string {
  const lines = ['    <tu>'];
  if (prop) lines.push(`      <prop type="${titleRole}">${prop}</prop>`);
  // Several paragraphs in one row travel as one segment, separated by a blank line.
  if (ar.length > 0) lines.push(`      <tuv xml:lang="ar"><seg>${xmlEscape(ar.join('\n\n'))}</seg></tuv>`);
  if (en.length > 0) lines.push(`      <tuv xml:lang="en"><seg>${xmlEscape(en.join('\n\n'))}</seg></tuv>`);
  lines.push('    </tu>');
  return lines.join('\n');
}

/** The article as a TMX 1.4 document: its title, then one <tu> per row of the parallel view. */
export function exportTmx(article: ExportableArticle): string {
  const units = [unit([article.title.ar], article.title.en ? [article.title.en] : [], 'title')];
  for (const row of rowsOf(article)) units.push(unit(row.ar, row.en));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">',
    '<tmx version="1.4">',
    '  <header creationtool="Muwazi" creationtoolversion="1" datatype="plaintext" segtype="paragraph" adminlang="en" srclang="ar" o-tmf="Muwazi"/>',
    '  <body>',
    ...units,
    '  </body>',
    '</tmx>',
    '',
  ].join('\n');
}
