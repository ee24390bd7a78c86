/**
 * The components an MDX body may use, by the names the allow-list gives them (src/content/mdx-components.ts):
 * the page passes this map to the compiled body, which never imports anything itself.
 */
import type { MdxComponentName } from '#src/content/mdx-components.ts';
import Callout from './Callout.astro';
import Figure from './Figure.astro';
import Steps from './Steps.astro';
import TariffTable from './TariffTable.astro';

export const mdxComponents = { Callout, Steps, Figure, TariffTable } satisfies Record<
  MdxComponentName,
  unknown
>;
