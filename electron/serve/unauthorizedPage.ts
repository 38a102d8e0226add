/** Shown to a request without the token: both UI languages, since no preference is known yet. */
export const unauthorizedPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Muwazi</title></head>
<body>
<h1>Muwazi</h1>
<p>This address needs the key printed by <code>npm run serve</code>. Open the full address it printed (it ends in <code>?token=…</code>).</p>
<p lang="ar" dir="rtl">يحتاج هذا العنوان إلى المفتاح الذي يطبعه الأمر <code dir="ltr">npm run serve</code>. افتح العنوان الكامل الذي طبعه (وينتهي بـ <code dir="ltr">?token=…</code>).</p>
</body></html>
`;
