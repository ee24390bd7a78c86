/** Green Button, the utility's API and EDI: the channels apps and suppliers compare. */
import { z } from 'astro/zod';
import { AUDIENCE, EDI_PURPOSE, YES_NO } from '../enums.ts';
import {
  availabilityShape, cite, enumOf, label, list, paragraph, plannedOnly, statusFact, steps, text, url, withShorthand,
} from '../fragments.ts';
import { history } from './access.ts';

export const greenButton = z
  .object({
    /** Customer-initiated file download in the Green Button format. */
    downloadMyData: withShorthand(
      plannedOnly(
        z
          .object({
            ...availabilityShape,
            /** Which customers can use it. */
            availableTo: text.optional(),
            /** File formats, e.g. "Green Button XML", "CSV". */
            formats: list(label, 10).default([]),
            history: list(history, 6).default([]),
            /** Where customers find it. */
            url: url.optional(),
          })
          .strict(),
      ),
    ).prefault({ status: 'unknown' }),
    /** Automated, customer-authorised sharing with third parties. */
    connectMyData: withShorthand(
      plannedOnly(
        z
          .object({
            ...availabilityShape,
            /** Which customers and third parties can use it. */
            availableTo: text.optional(),
            /** e.g. "ESPI (NAESB REQ.21)". */
            standard: label.optional(),
            /** Where third parties register (details are on the route under third-party access). */
            registrationUrl: url.optional(),
          })
          .strict(),
      ),
    ).prefault({ status: 'unknown' }),
    /** Listed in the Green Button Alliance directory of implementations. */
    gbaDirectoryListed: statusFact(YES_NO).default({ status: 'unknown' }),
    cite,
  })
  .strict();

export const api = withShorthand(
  plannedOnly(
    z
      .object({
        ...availabilityShape,
        /** Name of the API program. */
        program: label.optional(),
        /** OAuth, API key, manual authorization, … */
        authMethod: text.optional(),
        /** Published request limits. */
        rateLimits: text.optional(),
        /** How soon interval data appears in the API. */
        intervalLatency: text.optional(),
        /** Where developers start. */
        developerPortal: url.optional(),
        /** The API situation in a paragraph. */
        summary: paragraph.optional(),
        /** How a developer registers, in order. */
        registrationSteps: steps.default([]),
        /** Independent companies that offer API access to this utility's data, listed neutrally. */
        dataProviders: list(
          z
            .object({
              /** Company name. */
              name: label,
              /** Its documentation or home page. */
              url: url.optional(),
              /** What it says it covers, attributed to it. */
              coverage: text.optional(),
              cite,
            })
            .strict(),
          20,
        ).default([]),
      })
      .strict(),
  ),
);

export const edi = withShorthand(
  plannedOnly(
    z
      .object({
        ...availabilityShape,
        /** What the exchanges are for: supplier market transactions, or a customer's own invoices and payments. */
        purposes: list(enumOf(EDI_PURPOSE), 3).default([]),
        /** ANSI X12 transaction sets such as 810, 814, 820, 867. */
        transactionSets: list(
          z.string().regex(/^\d{3}$/, { error: 'a three-digit X12 transaction set, such as "867"' }),
          20,
        ).default([]),
        /** Implementation standard, e.g. TxSET or a state EDI working group guide. */
        standard: text.optional(),
        /** Who trades with the utility by EDI. */
        audiences: list(enumOf(AUDIENCE), 10).default([]),
        /** EDI at this utility in a paragraph. */
        summary: paragraph.optional(),
        /** How a trading partner enrols and tests. */
        enrollmentSteps: steps.default([]),
      })
      .strict(),
  ),
);
