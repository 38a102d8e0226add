import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts';
import './styles/base.css';
import './i18n';
import { App } from './app/App';
import { parseRoute } from './app/route';
import { prefetchArticle } from './features/reader/openArticle';

const route = parseRoute(window.location.hash);
if (route.name === 'read') prefetchArticle(route.id);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
