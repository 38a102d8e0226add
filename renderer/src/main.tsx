// First, so a reading address starts its requests before the rest of the bundle is evaluated.
import './features/reader/startEarly';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import './styles/fonts';
import './styles/base.css';
import './i18n';
import { App } from './app/App';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

const root = createRoot(container);
// Rendered at once rather than in a later task: the first render's effects send the settings
// request, which the first rows wait for, so it goes out now, alongside the article's.
flushSync(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

// The first number formatter a page builds loads the locale data behind it, 50–100 ms on a busy
// machine. Building one for each UI language now, while the first requests are in flight,
// keeps that out of the first render that shows text (which formats numbers in its toolbar).
setTimeout(() => {
  for (const language of ['en', 'ar']) {
    new Intl.NumberFormat(language).format(1);
    new Intl.PluralRules(language).select(1);
  }
});
