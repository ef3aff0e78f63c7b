import { CATEGORY_STYLE } from '../../lib/category-style';
import type { Category } from '../../lib/knowledge/types';

type CategorySwatchProps = { category: Category };

/** A sample of the category's highlight ("Aa" tinted and lined as on the page); decorative. */
export function CategorySwatch({ category }: CategorySwatchProps) {
  const style = CATEGORY_STYLE[category];
  return (
    <span
      class="swatch"
      aria-hidden="true"
      style={{
        '--summit-lens-swatch-light': style.light,
        '--summit-lens-swatch-dark': style.dark,
        '--summit-lens-swatch-tint': style.tint,
        '--summit-lens-swatch-line': style.line,
        '--summit-lens-swatch-style': style.style,
        '--summit-lens-swatch-thickness': style.thickness,
      }}
    >
      Aa
    </span>
  );
}
