import { call } from '../../api/muwazi';
import { navigate } from '../../app/useRoute';

/**
 * Opens an article at a row. The row becomes the article's reading position, which the reader
 * restores on opening, as it would after a restart; the address stays `#/read/<id>`.
 */
export async function openAtRow(articleId: string, row: number | null): Promise<void> {
  if (row !== null) await call('position:save', { id: articleId, position: { row, offset: 0 } });
  navigate({ name: 'read', id: articleId });
}
