import { afterAll, describe, expect, it } from 'vitest';
import { importDocument, importSidecar } from '../../electron/core/import/importDocument';
import { closeImportWorker, importDocumentInWorker } from '../../electron/core/import/inWorker';

const paragraph = (n: number) =>
  `الفقرة رقم ${n} من المقال، وهي طويلة بما يكفي لتبدو نصا حقيقيا يقرؤه الناس ويهتمون بما فيه من أخبار وتفاصيل كثيرة.`;

const hostile = `<!doctype html><html><head><title>خبر عن الأمطار | الجزيرة نت</title>
<script>alert('head')</script><style>p { color: red }</style></head>
<body onload="alert('body')">
<nav><a href="/">الرئيسية</a> <a href="/news">أخبار</a> <a href="/sport">رياضة</a></nav>
<article>
<h1>خبر عن الأمطار</h1>
<p onclick="alert('p')">${paragraph(1)}</p>
<img src="http://tracker.example/pixel.gif" onerror="alert('img')">
<p>${paragraph(2)} <a href="javascript:alert('link')">رابط</a></p>
<svg><script>alert('svg')</script><text>svg text</text></svg>
<math><mi>x</mi><annotation-xml encoding="text/html"><script>alert('math')</script></annotation-xml></math>
<iframe src="http://evil.example/"></iframe>
<h2>عنوان فرعي في المقال</h2>
<p>${paragraph(3)}</p>
<noscript><p>فعّل جافاسكربت</p></noscript>
<figure><figcaption>صورة: رويترز</figcaption></figure>
</article>
<div class="cookie-banner">يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. موافق</div>
</body></html>`;

afterAll(async () => {
  await closeImportWorker();
});

describe('importDocument on HTML', () => {
  it('keeps the title and one paragraph per block, headings included, and no script or markup', () => {
    const doc = importDocument(new TextEncoder().encode(hostile), 'page.html');
    expect(doc.format).toBe('html');
    expect(doc.title.ar).toBe('خبر عن الأمطار');
    expect(doc.metadata.source).toBe('الجزيرة نت');
    expect(doc.ar).toEqual([paragraph(1), `${paragraph(2)} رابط`, 'عنوان فرعي في المقال', paragraph(3)]);
    const everything = JSON.stringify(doc);
    for (const leak of ['alert', '<', 'javascript:', 'tracker.example', 'svg text', 'color: red']) {
      expect(everything).not.toContain(leak);
    }
  });

  it('sets aside navigation, captions, cookie notices and the repeated title, with kinds', () => {
    const doc = importDocument(new TextEncoder().encode(hostile), 'page.html');
    const byKind = (kind: string) => doc.setAside.filter((b) => b.kind === kind).map((b) => b.text);
    expect(byKind('caption')).toContain('صورة: رويترز');
    expect(byKind('source')).toContain('الجزيرة نت');
    const boilerplate = byKind('boilerplate');
    expect(boilerplate.some((text) => text.includes('الرئيسية'))).toBe(true);
    expect(boilerplate.some((text) => text.startsWith('يستخدم هذا الموقع ملفات تعريف الارتباط'))).toBe(true);
    expect(boilerplate).toContain('خبر عن الأمطار');
    expect(doc.setAside.every((block) => block.lang === 'ar')).toBe(true);
  });

  it('keeps a paragraph the reader view would drop when it sits among the article text', () => {
    // Readability drops a block whose class reads "supplemental"; it is prose all the same.
    const html = `<html><head><title>مقال</title></head><body><article>
      <h1>مقال طويل عن الزراعة في الصحراء</h1>
      <p>${paragraph(1)}</p><p>${paragraph(2)}</p>
      <div class="supplemental-info"><p>${paragraph(3)}</p></div>
      <p>${paragraph(4)}</p><p>${paragraph(5)}</p></article></body></html>`;
    const doc = importDocument(new TextEncoder().encode(html), 'a.htm');
    expect(doc.ar.filter((text) => text.startsWith('الفقرة رقم'))).toHaveLength(5);
  });

  it('takes an <h2> headline that agrees with the <title> or og:title when the page has no <h1>', () => {
    const page = (head: string, headline: string, tag = 'h2') =>
      new TextEncoder().encode(`<html><head>${head}</head><body>
      <div class="logo">هيئة الطرق والمواصلات</div>
      <h2>خدمات إلكترونية</h2>
      <div class="item"><${tag}>${headline}</${tag}><p>${paragraph(1)}</p><p>${paragraph(2)}</p></div></body></html>`);
    const headline = 'افتتاح جسر جديد فوق خور دبي أمام حركة السير';
    const prefixed = importDocument(page(`<title>هيئة الطرق - ${headline}</title>`, headline), 'a.html');
    expect(prefixed.title.ar).toBe(headline);
    expect(prefixed.metadata.source).toBe('هيئة الطرق');
    expect(prefixed.ar).toEqual([paragraph(1), paragraph(2)]);
    const og = `<title>بوابة الهيئة</title><meta property="og:title" content="${headline} :: بوابة الهيئة">`;
    expect(importDocument(page(og, headline), 'b.html').title.ar).toBe(headline);
    const h3 = importDocument(page(`<title>${headline} | الهيئة</title>`, headline, 'h3'), 'c.html');
    expect(h3.title.ar).toBe(headline);
  });

  it('keeps to the <title> when no <h2> agrees with it, and to a real <h1> when there is one', () => {
    const body = (headings: string) =>
      `<body>${headings}<p>${paragraph(1)}</p><p>${paragraph(2)}</p><h2>أخبار ذات صلة</h2>
      <h2>افتتاح مدرسة جديدة في حي الشهداء بمدينة الخليل</h2></body>`;
    const stated = 'الهيئة تعلن مواعيد العمل في شهر رمضان';
    const noH1 = importDocument(
      new TextEncoder().encode(`<html><head><title>${stated}</title></head>${body('')}</html>`),
      'a.html',
    );
    expect(noH1.title.ar).toBe(stated);
    const withH1 = importDocument(
      new TextEncoder().encode(
        `<html><head><title>${stated}</title></head>${body('<h1>مواعيد العمل في رمضان: من التاسعة إلى الثالثة</h1>')}</html>`,
      ),
      'b.html',
    );
    expect(withH1.title.ar).toBe('مواعيد العمل في رمضان: من التاسعة إلى الثالثة');
  });

  it('reads an English page as a translation, with English furniture set aside', () => {
    const html = `<html><head><title>Rain returns to the Gulf - BBC News</title></head><body>
      <nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
      <h1>Rain returns to the Gulf</h1><p class="byline">By Sarah Hassan</p>
      <p>Heavy rain fell across the Gulf on Tuesday, flooding streets in several cities and closing schools for the day.</p>
      <p>Forecasters said more storms were expected before the end of the week, and urged drivers to stay at home.</p>
      <p>Read more: How cities are preparing for extreme weather</p>
      <p>We use cookies to improve your experience on our site. Accept</p></body></html>`;
    const sidecar = importSidecar(new TextEncoder().encode(html), 'a.en.html');
    expect(sidecar.title).toBe('Rain returns to the Gulf');
    expect(sidecar.paragraphs).toHaveLength(2);
    expect(sidecar.metadata.byline).toBe('Sarah Hassan');
    expect(sidecar.setAside.map((b) => b.kind)).toContain('byline');
    expect(sidecar.setAside.every((b) => b.lang === 'en')).toBe(true);
  });

  it('refuses a page nested deeper than any real article, without parsing it', () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}نص${'</div>'.repeat(100_000)}</body></html>`;
    const started = Date.now();
    expect(() => importDocument(new TextEncoder().encode(deep), 'deep.html')).toThrow(
      expect.objectContaining({ code: 'too-large' }),
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('importDocumentInWorker', () => {
  it('reads a page in a worker thread and gives the same result as in place', async () => {
    const bytes = new TextEncoder().encode(hostile);
    expect(await importDocumentInWorker(bytes, 'page.html')).toEqual(importDocument(bytes, 'page.html'));
  }, 60_000);

  it('returns an error for 100,000 nested divs instead of hanging', async () => {
    const deep = `<html><body>${'<div>'.repeat(100_000)}نص${'</div>'.repeat(100_000)}</body></html>`;
    await expect(
      importDocumentInWorker(new TextEncoder().encode(deep), 'deep.html', { timeoutMs: 5_000 }),
    ).rejects.toMatchObject({
      code: 'too-large',
    });
  }, 60_000);

  it('stops a page that takes longer than its time limit, and reads the next file afterwards', async () => {
    // Under the nesting limit, but slow to score: reader-view scoring grows with depth.
    const slow = `<html><body>${'<div><span>'.repeat(120)}نص${'</span></div>'.repeat(120)}</body></html>`;
    const started = Date.now();
    await expect(
      importDocumentInWorker(new TextEncoder().encode(slow), 'slow.html', { timeoutMs: 50 }),
    ).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('50 ms'),
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    const next = await importDocumentInWorker(new TextEncoder().encode('عنوان\n\nنص المقال.'), 'next.txt');
    expect(next.ar).toEqual(['نص المقال.']);
  }, 60_000);

  it('passes errors back with their codes', async () => {
    await expect(importDocumentInWorker(new Uint8Array([1, 2, 0, 3]), 'x.txt')).rejects.toMatchObject({
      code: 'not-text',
    });
    await expect(importDocumentInWorker(new Uint8Array([65]), 'x.pdf')).rejects.toMatchObject({
      code: 'unsupported-format',
    });
  }, 60_000);
});
