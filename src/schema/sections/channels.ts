/** Green Button, the utility's API and EDI: the channels apps and suppliers compare. */
import { z } from 'astro/zod';
import { AUDIENCE, EDI_PURPOSE, EDI_TRANSACTION, YES_NO } from '#src/schema/enums.ts';
import {
  availabilityShape, cite, enumOf, label, list, paragraph, plannedOnly, statusFact, steps, text, url, withShorthand,
} from '#src/schema/fragments.ts';
import { history } from './access.ts';

export const greenButton = z
  .object({
    /** Customer-initiated file download in the Green Button format. */
    downloadMyData: withShorthand(
      plannedOnly(
        z
          .object({
            ...availabilityShape,
            availableTo: text.optional().describe("Which customers can use it."),
            formats: list(label, 10).default([]).describe("File formats, e.g. \"Green Button XML\", \"CSV\"."),
            history: list(history, 6).default([]),
            url: url.optional().describe("Where customers find it."),
          })
          .strict(),
      ),
    ).prefault({ status: 'unknown' }).describe("Customer-initiated file download in the Green Button format."),
    /** Automated, customer-authorised sharing with third parties. */
    connectMyData: withShorthand(
      plannedOnly(
        z
          .object({
            ...availabilityShape,
            availableTo: text.optional().describe("Which customers and third parties can use it."),
            standard: label.optional().describe("e.g. \"ESPI (NAESB REQ.21)\"."),
            registrationUrl: url.optional().describe("Where third parties register (details are on the route under third-party access)."),
          })
          .strict(),
      ),
    ).prefault({ status: 'unknown' }).describe("Automated, customer-authorised sharing with third parties."),
    gbaDirectoryListed: statusFact(YES_NO).default({ status: 'unknown' }).describe("Listed in the Green Button Alliance directory of implementations."),
    cite,
  })
  .strict();

export const api = withShorthand(
  plannedOnly(
    z
      .object({
        ...availabilityShape,
        program: label.optional().describe("Name of the API program."),
        authMethod: text.optional().describe("OAuth, API key, manual authorization, …"),
        rateLimits: text.optional().describe("Published request limits."),
        intervalLatency: text.optional().describe("How soon interval data appears in the API."),
        developerPortal: url.optional().describe("Where developers start."),
        summary: paragraph.optional().describe("The API situation in a paragraph."),
        registrationSteps: steps.default([]).describe("How a developer registers, in order."),
        /** Independent companies that offer API access to this utility's data, listed neutrally. */
        dataProviders: list(
          z
            .object({
              name: label.describe("Company name."),
              url: url.optional().describe("Its documentation or home page."),
              coverage: text.optional().describe("What it says it covers, attributed to it."),
              cite,
            })
            .strict(),
          20,
        ).default([]).describe("Independent companies that offer API access to this utility's data, listed neutrally."),
      })
      .strict(),
  ),
);

export const edi = withShorthand(
  plannedOnly(
    z
      .object({
        ...availabilityShape,
        purposes: list(enumOf(EDI_PURPOSE), 3).default([]).describe("What the exchanges are for: supplier market transactions, or a customer's own invoices and payments."),
        /** ANSI X12 transaction sets such as 810, 814, 820, 867. */
        transactionSets: list(enumOf(EDI_TRANSACTION), 20).default([]).describe("ANSI X12 transactions by name: 810, 814, 820, 867 (or 867-hu historical, 867-iu interval, 867-mu monthly usage), …"),
        standard: text.optional().describe("Implementation standard, e.g. TxSET or a state EDI working group guide."),
        audiences: list(enumOf(AUDIENCE), 10).default([]).describe("Who trades with the utility by EDI."),
        summary: paragraph.optional().describe("EDI at this utility in a paragraph."),
        enrollmentSteps: steps.default([]).describe("How a trading partner enrols and tests."),
      })
      .strict(),
  ),
);
