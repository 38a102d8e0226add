import type { Article } from '../../electron/contract';

export const translatedArticle: Article = {
  id: '0123456789abcdef',
  title: {
    ar: 'رئيس الوزراء يؤكد الالتزام بالانسحاب',
    en: 'Prime Minister affirms commitment to withdrawal',
  },
  ar: [
    { text: 'نقلت وكالة الأنباء الرسمية عن رئيس الوزراء تأكيده.' },
    { text: 'وصدر بيان مشترك عن البلدين.' },
    { text: 'وقال إن الحوار يعتمد على رأي البرلمان.' },
    { text: 'فقرة أخيرة لم تُترجم بعد.' },
  ],
  en: [
    { text: 'The official news agency quoted the Prime Minister.' },
    { text: 'A joint statement was issued by both countries.' },
    { text: 'He said the dialogue depends on the views of parliament.' },
    { text: 'An English note with no Arabic counterpart.' },
  ],
  alignment: [
    { ar: [0], en: [0] },
    { ar: [1, 2], en: [1, 2] },
    { ar: [3], en: [] },
    { ar: [], en: [3] },
  ],
  setAside: [
    { text: 'حقوق النشر محفوظة', kind: 'boilerplate', lang: 'ar', after: 4 },
    { text: 'By a staff writer', kind: 'byline', lang: 'en', after: 0 },
  ],
  source: { file: 'withdrawal.txt', format: 'txt', encoding: 'utf-8' },
};

export const untranslatedArticle: Article = {
  id: 'fedcba9876543210',
  title: { ar: 'مقال بلا ترجمة' },
  ar: [{ text: 'نص عربي فقط.' }],
  en: [],
  alignment: [{ ar: [0], en: [] }],
  setAside: [],
  source: { file: 'alone.txt', format: 'txt', encoding: 'utf-8' },
};
