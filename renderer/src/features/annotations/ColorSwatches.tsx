import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { HighlightColor } from '../../../../electron/contract';
import { highlightColors } from './colors';

interface ColorSwatchesProps {
  /** The colour in use, shown pressed; none for a passage not highlighted yet. */
  selected?: HighlightColor | undefined;
  onPick: (color: HighlightColor) => void;
  /** Set on the first swatch, for whoever opens the swatches to put the focus there. */
  firstRef?: Ref<HTMLButtonElement>;
}

export function ColorSwatches({ selected, onPick, firstRef }: ColorSwatchesProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="swatches">
      <legend className="visually-hidden">{t('annotations.colorsLabel')}</legend>
      {highlightColors.map((color, index) => (
        <button
          key={color}
          ref={index === 0 ? firstRef : undefined}
          type="button"
          className="swatch"
          data-color={color}
          data-testid={`swatch-${color}`}
          aria-label={t(`colors.${color}`)}
          title={t(`colors.${color}`)}
          aria-pressed={selected === color}
          onClick={() => onPick(color)}
        />
      ))}
    </fieldset>
  );
}
