import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, TextStyle } from '../../../../electron/contract';
import { useSettings } from '../settings/settingsContext';
import { canStepFontSize, canStepLineHeight, stepFontSize, stepLineHeight } from '../settings/textStyle';
import { LeadingIcon } from './icons';

/** The letter on the size buttons, in the script whose size it changes. */
const sampleLetter: Record<Lang, string> = { ar: 'أ', en: 'A' };

interface StepButtonProps {
  testId: string;
  label: string;
  disabled: boolean;
  onClick: () => void;
  children: ReactNode;
}

function StepButton({ testId, label, disabled, onClick, children }: StepButtonProps) {
  return (
    <button
      type="button"
      className="icon-button"
      data-testid={testId}
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

/** Size and line spacing for one language's text. */
export function TextSizeControls({ lang }: { lang: Lang }) {
  const { t } = useTranslation();
  const { settings, update } = useSettings();
  const style = settings.text[lang];
  const change = (next: (style: TextStyle) => TextStyle) =>
    update((current) => ({ ...current, text: { ...current.text, [lang]: next(current.text[lang]) } }));
  const leadingTitle = t('textSize.leadingValueTitle', { value: style.lineHeight });
  const letter = (
    <span className="sample-letter" lang={lang} aria-hidden="true">
      {sampleLetter[lang]}
    </span>
  );

  return (
    <fieldset className="size-group" data-testid={`${lang}-size-controls`}>
      <legend className="visually-hidden">
        {t(lang === 'ar' ? 'textSize.groupAr' : 'textSize.groupEn')}
      </legend>
      <span className="size-group-label" aria-hidden="true">
        {t(`languageNames.${lang}`)}
      </span>
      <StepButton
        testId={`${lang}-size-down`}
        label={t(`textSize.${lang}SizeDown`)}
        disabled={!canStepFontSize(style, -1)}
        onClick={() => change((s) => stepFontSize(s, -1))}
      >
        {letter}
        <span className="step-sign" aria-hidden="true">
          −
        </span>
      </StepButton>
      <output
        className="size-value"
        data-testid={`${lang}-size-value`}
        data-value={style.fontSize}
        title={t('textSize.sizeValueTitle', { size: style.fontSize })}
      >
        {t('textSize.sizeValue', { size: style.fontSize })}
      </output>
      <StepButton
        testId={`${lang}-size-up`}
        label={t(`textSize.${lang}SizeUp`)}
        disabled={!canStepFontSize(style, 1)}
        onClick={() => change((s) => stepFontSize(s, 1))}
      >
        {letter}
        <span className="step-sign" aria-hidden="true">
          +
        </span>
      </StepButton>
      <StepButton
        testId={`${lang}-leading-down`}
        label={`${t(`textSize.${lang}LeadingDown`)} (${leadingTitle})`}
        disabled={!canStepLineHeight(style, -1)}
        onClick={() => change((s) => stepLineHeight(s, -1))}
      >
        <LeadingIcon more={false} />
      </StepButton>
      <StepButton
        testId={`${lang}-leading-up`}
        label={`${t(`textSize.${lang}LeadingUp`)} (${leadingTitle})`}
        disabled={!canStepLineHeight(style, 1)}
        onClick={() => change((s) => stepLineHeight(s, 1))}
      >
        <LeadingIcon more />
      </StepButton>
    </fieldset>
  );
}
