import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../electron/contract';
import { importDocument } from '../../electron/core/import/importDocument';
import { exportTmx } from '../../electron/core/import/tmx/exportTmx';
import type { ImportedDocument } from '../../electron/core/import/types';

const memory = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
  <header creationtool="OtherTool" creationtoolversion="2" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="ar-SA" datatype="html"/>
  <body>
    <tu tuid="1">
      <prop type="x-domain">news</prop>
      <tuv xml:lang="ar-SA"><seg>قال <bpt i="1">&lt;b&gt;</bpt>الوزير<ept i="1">&lt;/b&gt;</ept> إن الخطة &amp; الميزانية <hi type="em">جاهزتان</hi>.</seg></tuv>
      <tuv xml:lang="EN-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>minister<ept i="1">&lt;/b&gt;</ept> said the plan &amp; budget are <hi>ready</hi>.<ph x="2">&lt;br/&gt;</ph></seg></tuv>
    </tu>
    <tu tuid="2">
      <tuv xml:lang="ar"><seg><![CDATA[نص فيه <علامات> & رموز]]></seg></tuv>
      <tuv xml:lang="en"><seg><![CDATA[Text with <marks> & signs]]></seg></tuv>
    </tu>
    <tu tuid="3"><tuv xml:lang="ar"><seg>جملة بلا ترجمة<it pos="begin">&lt;i&gt;</it></seg></tuv></tu>
    <tu tuid="4"><tuv xml:lang="fr"><seg>Seulement en français</seg></tuv><tuv xml:lang="en-GB"><seg>Only in English</seg></tuv></tu>
    <tu tuid="5"><tuv xml:lang="de"><seg>Nur Deutsch</seg></tuv></tu>
  </body>
</tmx>`;

const bytes = (text: string) => new TextEncoder().encode(text);

function asArticle(doc: ImportedDocument): Article {
  return {
    id: '0123456789abcdef',
    title: doc.title,
    ar: doc.ar.map((text) => ({ text })),
    en: doc.en.map((text) => ({ text })),
    alignment: doc.alignment ?? [],
    setAside: doc.setAside,
    source: { file: 'memory.tmx', format: 'txt', encoding: doc.encoding },
  };
}

describe('TMX import', () => {
  it('pairs Arabic and English segments, keeping words and dropping markup codes', () => {
    const doc = importDocument(bytes(memory), 'memory.tmx');
    expect(doc.format).toBe('tmx');
    expect(doc.title.ar).toBe('memory');
    expect(doc.ar).toEqual([
      'قال الوزير إن الخطة & الميزانية جاهزتان.',
      'نص فيه <علامات> & رموز',
      'جملة بلا ترجمة',
    ]);
    expect(doc.en).toEqual([
      'The minister said the plan & budget are ready.',
      'Text with <marks> & signs',
      'Only in English',
    ]);
    expect(doc.alignment).toEqual([
      { ar: [0], en: [0] },
      { ar: [1], en: [1] },
      { ar: [2], en: [] },
      { ar: [], en: [2] },
    ]);
  });

  it('refuses malformed XML, XML that is not TMX, and a memory with neither language', () => {
    expect(() => importDocument(bytes('<tmx><body><tu>'), 'a.tmx')).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
    expect(() => importDocument(bytes('<?xml version="1.0"?><html/>'), 'a.tmx')).toThrow(
      expect.objectContaining({ code: 'unsupported-format' }),
    );
    const german =
      '<tmx version="1.4"><header/><body><tu><tuv xml:lang="de"><seg>Hallo</seg></tuv></tu></body></tmx>';
    expect(() => importDocument(bytes(german), 'a.tmx')).toThrow(
      expect.objectContaining({ code: 'empty-article' }),
    );
  });
});

describe('exportTmx', () => {
  it('writes valid TMX 1.4 with the header Muwazi promises', () => {
    const xml = exportTmx(asArticle(importDocument(bytes(memory), 'memory.tmx')));
    const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect(doc.documentElement.localName).toBe('tmx');
    expect(doc.documentElement.getAttribute('version')).toBe('1.4');
    const header = doc.querySelector('header')!;
    for (const [name, value] of Object.entries({
      srclang: 'ar',
      segtype: 'paragraph',
      creationtool: 'Muwazi',
    })) {
      expect(header.getAttribute(name)).toBe(value);
    }
    for (const name of ['creationtoolversion', 'datatype', 'adminlang', 'o-tmf'])
      expect(header.hasAttribute(name)).toBe(true);
    // Every unit holds at least one <tuv>, each with exactly one <seg>, as the DTD requires.
    for (const tu of doc.querySelectorAll('tu')) {
      const tuvs = tu.querySelectorAll('tuv');
      expect(tuvs.length).toBeGreaterThan(0);
      for (const tuv of tuvs) expect(tuv.querySelectorAll('seg')).toHaveLength(1);
    }
  });

  it('round-trips TMX → article → TMX keeping every segment and pairing', () => {
    const first = importDocument(bytes(memory), 'memory.tmx');
    const second = importDocument(bytes(exportTmx(asArticle(first))), 'again.tmx');
    expect(second.title).toEqual(first.title);
    expect(second.ar).toEqual(first.ar);
    expect(second.en).toEqual(first.en);
    expect(second.alignment).toEqual(first.alignment);
  });

  it('keeps rows of several paragraphs, the English title, and text XML would choke on', () => {
    const article: Article = {
      ...asArticle(importDocument(bytes(memory), 'memory.tmx')),
      title: { ar: 'العنوان <هنا>', en: 'The "title" & more' },
      ar: [{ text: 'أولى' }, { text: 'ثانية' }, { text: 'ثالثة\u0001' }],
      en: [{ text: 'One and two' }, { text: 'Three ]]> end' }],
      alignment: [
        { ar: [0, 1], en: [0] },
        { ar: [2], en: [1] },
      ],
    };
    const back = importDocument(bytes(exportTmx(article)), 'x.tmx');
    expect(back.title).toEqual({ ar: 'العنوان <هنا>', en: 'The "title" & more' });
    expect(back.ar).toEqual(['أولى', 'ثانية', 'ثالثة']);
    expect(back.en).toEqual(['One and two', 'Three ]]> end']);
    expect(back.alignment).toEqual(article.alignment);
  });
});
