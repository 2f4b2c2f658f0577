/**
 * The links port as the minutes feature reads it. The port itself lives with the
 * context (features/shared/document-links.ts), so the context never imports a feature.
 */
import type { FeatureContext } from '../shared/context';
import type { DocumentLinks } from '../shared/document-links';

export type { DocumentLinks, IssuedLink } from '../shared/document-links';

/** The links port, when the composition root provided one (tests of other features run without). */
export function linksOf(ctx: FeatureContext): DocumentLinks | null {
  return ctx.links ?? null;
}
