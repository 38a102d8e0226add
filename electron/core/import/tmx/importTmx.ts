import type { Bead } from '../../../contract';
import { MuwaziError } from '../../errors';
import { htmlLibraries } from '../html/libraries';
import type { ImportedDocument, ImportEncoding } from '../types';
import { segmentParagraphs, segmentText } from './segmentText';

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
export const titleRole = 'x-muwazi-role';

function languageOf(tuv: Element): 'ar' | 'en' | undefined {
  const lang = (
    tuv.getAttributeNS(xmlNamespace, 'lang') ||
    tuv.getAttribute('xml:lang') ||
    tuv.getAttribute('lang') ||
    ''
  )
    .trim()
    .toLowerCase();
  if (/^ar(?:[-_]|$)/.test(lang)) return 'ar';
  if (/^en(?:[-_]|$)/.test(lang)) return 'en';
  return undefined;
}

function childElements(parent: Element, name: string): Element[] {
  return [...parent.children].filter((child) => child.localName === name);
}

function parseXml(text: string): Document {
  const { JSDOM, VirtualConsole } = htmlLibraries();
  try {
    return new JSDOM(text, { contentType: 'application/xml', virtualConsole: new VirtualConsole() }).window
      .document;
  } catch (error) {
    throw new MuwaziError(
      'unsupported-format',
      'The file is not well-formed XML, so it cannot be read as TMX.',
      {
        cause: error,
      },
    );
  }
}

/**
 * Reads a TMX 1.4 translation memory: each <tu> becomes one row, its Arabic and English <tuv>s
 * the row's two sides. A unit with only one of the two gives a row with one side empty (1-0 or
 * 0-1); units in neither language are not Muwazi's to show. A unit Muwazi marked as the title
 * gives the title; other memories are titled after their file.
 */
export function importTmx(text: string, encoding: ImportEncoding, fileName: string): ImportedDocument {
  const doc = parseXml(text);
  const root = doc.documentElement;
  if (root?.localName !== 'tmx') {
    throw new MuwaziError('unsupported-format', 'The file is XML but not TMX: it has no <tmx> root element.');
  }
  const title: ImportedDocument['title'] = { ar: '' };
  const ar: string[] = [];
  const en: string[] = [];
  const alignment: Bead[] = [];
  for (const tu of root.getElementsByTagName('tu')) {
    const sides = { ar: [] as string[], en: [] as string[] };
    for (const tuv of childElements(tu, 'tuv')) {
      const lang = languageOf(tuv);
      const seg = childElements(tuv, 'seg')[0];
      if (lang && seg) sides[lang].push(...segmentParagraphs(segmentText(seg)));
    }
    if (sides.ar.length === 0 && sides.en.length === 0) continue;
    const isTitle = childElements(tu, 'prop').some(
      (prop) => prop.getAttribute('type') === titleRole && prop.textContent?.trim() === 'title',
    );
    if (isTitle && title.ar === '' && title.en === undefined) {
      title.ar = sides.ar.join(' ');
      if (sides.en.length > 0) title.en = sides.en.join(' ');
      continue;
    }
    alignment.push({
      ar: sides.ar.map((_, index) => ar.length + index),
      en: sides.en.map((_, index) => en.length + index),
    });
    ar.push(...sides.ar);
    en.push(...sides.en);
  }
  if (ar.length === 0 && en.length === 0 && title.ar === '') {
    throw new MuwaziError('empty-article', 'The translation memory holds no Arabic or English segments.');
  }
  if (title.ar === '') title.ar = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return { format: 'tmx', encoding, title, ar, en, alignment, setAside: [], metadata: {} };
}
