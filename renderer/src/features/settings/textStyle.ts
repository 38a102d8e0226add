import type { Settings, TextStyle } from '../../../../electron/contract';
import { defaultSettings, fontSizeLimits, lineHeightLimits } from '../../api/contractValues';

export const fontSizeStep = 2;
export const lineHeightStep = 0.1;

type Direction = 1 | -1;

function clamp(value: number, limits: { min: number; max: number }): number {
  return Math.min(limits.max, Math.max(limits.min, value));
}

export function stepFontSize(style: TextStyle, direction: Direction): TextStyle {
  return { ...style, fontSize: clamp(style.fontSize + direction * fontSizeStep, fontSizeLimits) };
}

export function stepLineHeight(style: TextStyle, direction: Direction): TextStyle {
  // Rounded to tenths so repeated steps do not drift into values like 2.0000000000000004.
  const next = Math.round((style.lineHeight + direction * lineHeightStep) * 10) / 10;
  return { ...style, lineHeight: clamp(next, lineHeightLimits) };
}

export function canStepFontSize(style: TextStyle, direction: Direction): boolean {
  return stepFontSize(style, direction).fontSize !== style.fontSize;
}

export function canStepLineHeight(style: TextStyle, direction: Direction): boolean {
  return stepLineHeight(style, direction).lineHeight !== style.lineHeight;
}

/** Both languages together, as the keyboard shortcuts and the menu change them. */
export function stepBothFontSizes(settings: Settings, direction: Direction): Settings {
  return {
    ...settings,
    text: { ar: stepFontSize(settings.text.ar, direction), en: stepFontSize(settings.text.en, direction) },
  };
}

export function resetTextStyles(settings: Settings): Settings {
  return { ...settings, text: structuredClone(defaultSettings.text) };
}

export function swapSides(settings: Settings): Settings {
  return { ...settings, arabicSide: settings.arabicSide === 'right' ? 'left' : 'right' };
}
