import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAlignmentMenu } from './alignmentMenu';
import { type CorrectionKey, correctionItems, type MenuTarget } from './correctionItems';
import { JoinRowsIcon, MoveDownIcon, MoveUpIcon, RestoreIcon, SplitRowIcon, StandAloneIcon } from './icons';

const icons: Record<CorrectionKey, ReactNode> = {
  merge: <JoinRowsIcon />,
  split: <SplitRowIcon />,
  unlink: <StandAloneIcon />,
  linkPrevious: <MoveUpIcon />,
  linkNext: <MoveDownIcon />,
};

/** The row menu's corrections of the rows, after a separator; nothing when none applies. */
export function AlignmentMenuItems({ target, onChosen }: { target: MenuTarget; onChosen: () => void }) {
  const { t } = useTranslation();
  const menu = useAlignmentMenu();
  if (!menu?.canCorrect) return null;
  const items = correctionItems(menu.alignment, target);
  // The paragraph the menu was opened on stays where it is on screen.
  const keep =
    target.lang !== undefined && target.paragraph !== undefined
      ? { lang: target.lang, paragraph: target.paragraph }
      : undefined;
  if (items.length === 0 && !menu.hasCorrections) return null;
  return (
    <>
      <hr className="row-menu-separator" />
      {items.map((item) => (
        <button
          key={item.key}
          type="button"
          role="menuitem"
          className="row-menu-item"
          data-testid={`row-menu-${item.key}`}
          onClick={() => {
            onChosen();
            menu.correct(item.correction, keep);
          }}
        >
          {icons[item.key]}
          {t(`alignment.${item.key}`)}
        </button>
      ))}
      {menu.hasCorrections && (
        <button
          type="button"
          role="menuitem"
          className="row-menu-item"
          data-testid="row-menu-reset"
          onClick={() => {
            onChosen();
            menu.reset();
          }}
        >
          <RestoreIcon />
          {t('alignment.reset')}
        </button>
      )}
    </>
  );
}
