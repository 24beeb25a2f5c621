// The Mantine theme: one brand palette, light scheme only, and colour choices that keep text at
// WCAG AA contrast (Mantine's default "dimmed" grey and light-variant text are too pale).
import {
  createTheme,
  darken,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type MantineColorsTuple,
  type VariantColorsResolver,
} from '@mantine/core';

const brand: MantineColorsTuple = [
  '#e8f1fb',
  '#d0e1f5',
  '#a3c3ea',
  '#72a3de',
  '#4a88d4',
  '#3076ce',
  '#226ccc',
  '#1a5cb3',
  '#144f9f',
  '#0a428d',
];

const darkTextVariants = new Set(['light', 'subtle', 'outline', 'transparent']);

/**
 * Mantine's palettes put text of light, subtle and outline variants (shade 6–9) and white text on
 * filled colours (shade 6–7) near or under WCAG AA. Text of those variants uses shade 9 darkened;
 * filled variants of colours other than the brand use shade 9.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  const plainThemeColor = parsed.isThemeColor && parsed.shade === undefined;
  if (input.variant === 'filled' && plainThemeColor && parsed.color !== input.theme.primaryColor) {
    return defaultVariantColorsResolver({ ...input, color: `${parsed.color}.9` });
  }
  const result = defaultVariantColorsResolver(input);
  if (!darkTextVariants.has(input.variant) || !parsed.isThemeColor) return result;
  const palette = input.theme.colors[parsed.color];
  if (!palette) return result;
  const text = darken(palette[9], 0.3);
  return {
    ...result,
    color: text,
    hoverColor: text,
    border: input.variant === 'outline' ? `1px solid ${palette[8]}` : result.border,
  };
};

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: 7,
  colors: { brand },
  autoContrast: true,
  defaultRadius: 'md',
  cursorType: 'pointer',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  variantColorResolver,
  components: {
    // Every dialog's × button needs a name for screen readers (Mantine leaves it unnamed). Plain
    // objects rather than Modal.extend(), so the theme does not pull Modal into the first chunk.
    Modal: { defaultProps: { closeButtonProps: { 'aria-label': 'Close dialog' } } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[6],
    '--mantine-color-anchor': t.colors.brand[8],
  },
  dark: {},
});
