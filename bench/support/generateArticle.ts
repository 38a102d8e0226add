import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from './random';

/** A bilingual article as plain strings: paragraph i of `en` translates paragraph i of `ar`. */
export interface GeneratedArticle {
  title: { ar: string; en: string };
  ar: string[];
  en: string[];
}

export interface GenerateOptions {
  paragraphs: number;
  /** Same seed, same article: figures from different runs measure the same text. */
  seed?: number;
  /** Target length of each paragraph in Arabic words; sentences are whole, so it may overshoot a little. */
  minWords?: number;
  maxWords?: number;
}

// Sentence pairs in the register of a long news feature. They mix the things real articles
// carry and a reading view must cope with: Arabic punctuation (، ؛ ؟), guillemets, a line of
// fully vowelled verse, Latin acronyms and digits inside Arabic text.
const sentencePairs: ReadonlyArray<readonly [ar: string, en: string]> = [
  [
    'أعلنت وزارة التربية والتعليم يوم الأحد عن خطة جديدة لتطوير المناهج الدراسية في المرحلة الابتدائية، تبدأ بتطبيقها في مطلع العام الدراسي المقبل.',
    'On Sunday the Ministry of Education announced a new plan to develop the primary school curriculum, which it will begin to apply at the start of the next school year.',
  ],
  [
    'وقال المتحدث باسم الوزارة إن الخطة تركز على مهارات القراءة والكتابة والتفكير النقدي بدلاً من الحفظ.',
    "The ministry's spokesman said the plan focuses on reading, writing and critical thinking rather than memorisation.",
  ],
  [
    'وتشير الأرقام الرسمية إلى أن عدد الطلاب في المدارس الحكومية تجاوز ثلاثة ملايين طالب وطالبة هذا العام.',
    'Official figures show that the number of pupils in state schools passed three million this year.',
  ],
  [
    'ويرى خبراء التعليم أن نجاح أي إصلاح يعتمد قبل كل شيء على تدريب المعلمين وتحسين ظروف عملهم ورواتبهم.',
    'Education experts believe that the success of any reform depends above all on training teachers and improving their working conditions and pay.',
  ],
  [
    'في المقابل، أبدى عدد من أولياء الأمور قلقهم من سرعة التغيير، متسائلين: هل المدارس مستعدة فعلاً لهذه الخطوة؟',
    'Some parents, on the other hand, voiced concern at the pace of change, asking: are the schools really ready for this step?',
  ],
  [
    'وفي المدينة القديمة، ما زالت الأسواق المسقوفة تحتفظ بطابعها التاريخي رغم مرور قرون على بنائها.',
    'In the old city, the covered markets still keep their historic character even though centuries have passed since they were built.',
  ],
  [
    'يبيع التجار هناك التوابل والأقمشة والنحاس المطروق، ويتوارث كثير منهم المهنة عن آبائهم وأجدادهم.',
    'Merchants there sell spices, fabrics and hammered copper, and many of them inherited the trade from their fathers and grandfathers.',
  ],
  [
    'وقد أدى ارتفاع الإيجارات في السنوات الأخيرة إلى إغلاق عدد من المحلات الصغيرة التي لم تعد قادرة على المنافسة.',
    'Rising rents in recent years have forced a number of small shops, no longer able to compete, to close.',
  ],
  [
    'ويقول أحد الحرفيين، وهو يعمل في ورشته منذ أكثر من أربعين عاماً، إن الزبائن اليوم يبحثون عن السعر قبل الجودة.',
    'One craftsman, who has worked in his workshop for more than forty years, says that customers today look at the price before the quality.',
  ],
  [
    'وتعمل البلدية بالتعاون مع منظمة اليونسكو على مشروع لترميم الواجهات الحجرية وإعادة تأهيل الممرات الضيقة.',
    'The municipality is working with UNESCO on a project to restore the stone façades and rehabilitate the narrow passageways.',
  ],
  [
    'على صعيد آخر، سجلت درجات الحرارة هذا الصيف أرقاماً قياسية في معظم مدن المنطقة، وتجاوزت في بعضها خمسين درجة مئوية.',
    "Elsewhere, temperatures this summer set records in most of the region's cities, passing fifty degrees Celsius in some of them.",
  ],
  [
    'وحذرت هيئة الأرصاد الجوية المواطنين من التعرض المباشر لأشعة الشمس في ساعات الظهيرة، ودعت إلى الإكثار من شرب الماء.',
    'The meteorological authority warned citizens against direct exposure to the sun in the midday hours and urged them to drink plenty of water.',
  ],
  [
    'ويربط العلماء تكرار موجات الحر بتغير المناخ، مؤكدين أن المنطقة من أكثر مناطق العالم تأثراً به.',
    'Scientists link the repeated heatwaves to climate change, stressing that the region is among the most affected in the world.',
  ],
  [
    'أما المزارعون فيواجهون تحدياً مزدوجاً: شحّ المياه من جهة، وارتفاع أسعار الأسمدة والوقود من جهة أخرى.',
    'Farmers face a double challenge: scarce water on the one hand, and rising prices of fertiliser and fuel on the other.',
  ],
  [
    'وقد لجأ بعضهم إلى أنظمة الري بالتنقيط وزراعة أصناف تتحمل الجفاف، بدعم من برامج حكومية محدودة.',
    'Some have turned to drip irrigation and drought-tolerant varieties, with support from limited government programmes.',
  ],
  [
    'وفي حديث لمراسلنا، قال مزارع شاب: «الأرض لا تخون من يعتني بها، لكن الماء أصبح أغلى من المحصول نفسه».',
    'Speaking to our correspondent, a young farmer said: "The land does not betray those who look after it, but water has become dearer than the crop itself."',
  ],
  [
    'ويُتوقع أن يناقش البرلمان الشهر المقبل مشروع قانون لتنظيم استخدام المياه الجوفية وحماية الآبار من الاستنزاف.',
    'Parliament is expected next month to debate a bill regulating the use of groundwater and protecting wells from depletion.',
  ],
  [
    'من جهة أخرى، افتُتح معرض الكتاب الدولي بمشاركة أكثر من خمسمئة دار نشر من ثلاثين دولة.',
    'Meanwhile, the international book fair opened with more than five hundred publishers from thirty countries taking part.',
  ],
  [
    'ويشهد المعرض هذا العام إقبالاً لافتاً على كتب الأطفال والروايات المترجمة، بحسب ما أفاد به المنظمون.',
    "This year the fair has seen notable demand for children's books and translated novels, according to the organisers.",
  ],
  [
    'وخُصص جناح كامل للترجمة، تُعقد فيه ندوات يومية حول نقل الأدب العربي إلى اللغات الأخرى والعكس.',
    'A whole wing is given over to translation, with daily seminars on carrying Arabic literature into other languages and back.',
  ],
  [
    'وقالت مترجمة مشاركة إن الترجمة ليست نقلاً للكلمات فحسب، بل هي نقل لطريقة في رؤية العالم.',
    'One translator taking part said that translation is not only a transfer of words but a transfer of a way of seeing the world.',
  ],
  [
    'ويستمر المعرض عشرة أيام، ويفتح أبوابه للجمهور من العاشرة صباحاً حتى التاسعة مساءً؛ والدخول مجاني للطلاب.',
    'The fair runs for ten days and is open to the public from ten in the morning until nine in the evening; entry is free for students.',
  ],
  [
    'وأشار التقرير الصادر عن منظمة OECD إلى أن نسبة الإنفاق على البحث العلمي لا تتجاوز 0.8% من الناتج المحلي.',
    'The report published by the OECD noted that spending on scientific research does not exceed 0.8% of GDP.',
  ],
  [
    'وَكَما قالَ الشّاعِرُ قَديماً: «إِذا الشَّعبُ يَوماً أَرادَ الحَياةَ، فَلا بُدَّ أَن يَستَجيبَ القَدَر».',
    'As the poet said long ago: "If one day a people wills to live, then fate must answer."',
  ],
  [
    'وفي الختام، يبقى السؤال مطروحاً: كيف يمكن للمدن أن تحافظ على ذاكرتها وهي تتغير بهذه السرعة؟',
    'In the end, the question remains: how can cities keep their memory while they change so fast?',
  ],
  [
    'ويُجمع المراقبون على أن الإجابة لن تأتي من جهة واحدة، بل من تعاون السكان والباحثين وصناع القرار معاً.',
    'Observers agree that the answer will not come from any one quarter, but from residents, researchers and decision-makers working together.',
  ],
];

const title = {
  ar: 'المدن والذاكرة: تقرير مطوّل عن التعليم والمناخ والثقافة',
  en: 'Cities and memory: a long report on education, climate and culture',
};

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * Builds paragraphs by drawing whole sentence pairs at random until the Arabic side reaches a
 * random target length, so both sides stay true translations of each other while paragraph
 * lengths (and so row heights) vary the way they do in real articles.
 */
export function generateArticle(options: GenerateOptions): GeneratedArticle {
  const random = seededRandom(options.seed ?? 20_240_601);
  const minWords = options.minWords ?? 40;
  const maxWords = options.maxWords ?? 120;
  const ar: string[] = [];
  const en: string[] = [];
  for (let p = 0; p < options.paragraphs; p++) {
    // Stop short of the maximum by about one sentence, since the last sentence is kept whole.
    const target = minWords + Math.floor(random() * Math.max(1, maxWords - minWords - 15));
    const arParts: string[] = [];
    const enParts: string[] = [];
    let words = 0;
    let previous = -1;
    while (words < target) {
      let pick = Math.floor(random() * sentencePairs.length);
      if (pick === previous) pick = (pick + 1) % sentencePairs.length;
      previous = pick;
      const [arSentence, enSentence] = sentencePairs[pick]!;
      arParts.push(arSentence);
      enParts.push(enSentence);
      words += wordCount(arSentence);
    }
    ar.push(arParts.join(' '));
    en.push(enParts.join(' '));
  }
  return { title, ar, en };
}

/** The plain-text article format the library reads: title line, blank line, blank-line-separated paragraphs. */
export function articleText(titleLine: string, paragraphs: readonly string[]): string {
  return `${titleLine}\n\n${paragraphs.join('\n\n')}\n`;
}

export interface WrittenArticle {
  /** File name relative to the library folder, as `library:list` reports it. */
  file: string;
  arabicPath: string;
  englishPath: string;
}

/** Writes the article as `<name>.txt` with its translation beside it as `<name>.en.txt`. */
export async function writeArticle(
  libraryDir: string,
  name: string,
  article: GeneratedArticle,
): Promise<WrittenArticle> {
  await mkdir(libraryDir, { recursive: true });
  const file = `${name}.txt`;
  const arabicPath = path.join(libraryDir, file);
  const englishPath = path.join(libraryDir, `${name}.en.txt`);
  await writeFile(arabicPath, articleText(article.title.ar, article.ar), 'utf8');
  await writeFile(englishPath, articleText(article.title.en, article.en), 'utf8');
  return { file, arabicPath, englishPath };
}
