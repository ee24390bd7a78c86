/**
 * Fails `astro build` / `astro dev` before Astro loads content when a guide breaks the schema, with
 * one line per problem naming file, field, what was found and what was expected.
 */
import type { AstroIntegration } from 'astro';
import { ContentValidationError, type ValidationResult } from '../schema/validate.ts';

export default function validateContent(result: ValidationResult): AstroIntegration {
  return {
    name: 'utility-guides:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (result.errors.length) throw new ContentValidationError(result.errors);
        logger.info(`${result.guides.length} utility guide(s) valid`);
      },
    },
  };
}
