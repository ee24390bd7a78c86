/**
 * Fails `astro build` / `astro dev` before Astro loads content when a guide breaks the schema, with
 * one line per problem naming file, field, what was found and what was expected. In dev it re-checks on
 * every guide edit, so editors see the same messages without restarting.
 */
import type { AstroIntegration } from 'astro';
import { extname, resolve } from 'node:path';
import { ContentValidationError, GUIDE_EXTENSIONS, validateDirectory, type ValidationResult } from '../schema/validate.ts';

interface Options {
  /** Result of validating `dir` when the config loaded. */
  result: ValidationResult;
  /** Absolute path of the guides folder. */
  dir: string;
  /** Absolute project root, for readable paths in messages. */
  root: string;
}

export default function validateContent({ result, dir, root }: Options): AstroIntegration {
  return {
    name: 'utility-guides:validate-content',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        if (result.errors.length) throw new ContentValidationError(result.errors);
        logger.info(`${result.guides.length} utility guide(s) valid`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('all', (_event, file) => {
          if (!resolve(file).startsWith(dir) || !GUIDE_EXTENSIONS.includes(extname(file))) return;
          const { errors, guides } = validateDirectory(dir, root);
          if (errors.length) logger.error(new ContentValidationError(errors).message);
          else logger.info(`${guides.length} utility guide(s) valid`);
        });
      },
    },
  };
}
