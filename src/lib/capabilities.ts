/**
 * The at-a-glance summary of a guide: one row per capability a reader compares across utilities.
 * `tone` lets the page mark good / absent / unknown without relying on colour alone (the text says it).
 */
import type { Utility } from '../schema/utility.ts';
import {
  AMI_LABEL, AVAILABILITY_LABEL, GRANULARITY_LABEL, MARKET_LABEL, THIRD_PARTY_LABEL, YES_NO_LABEL,
  availabilityText,
} from './format.ts';

export type Tone = 'yes' | 'partial' | 'no' | 'unknown';
export interface Capability {
  label: string;
  value: string;
  tone: Tone;
  /** Section anchor that explains the value. */
  href: string;
}

const availabilityTone = (s: keyof typeof AVAILABILITY_LABEL): Tone =>
  s === 'available' ? 'yes' : s === 'planned' ? 'partial' : s === 'not-available' ? 'no' : 'unknown';
const yesNoTone = (s: keyof typeof YES_NO_LABEL): Tone => (s === 'yes' ? 'yes' : s === 'no' ? 'no' : 'unknown');

export function capabilities(u: Utility): Capability[] {
  const gran = u.intervalData.electricGranularity.value;
  const gasGran = u.intervalData.gasGranularity.value;
  const tp = u.thirdPartyAccess.kind;
  return [
    {
      label: 'Self-service data export',
      value: YES_NO_LABEL[u.billing.selfServiceExport.status] +
        (u.billing.selfServiceExport.status === 'yes' && u.billing.selfServiceExport.formats.length
          ? ` (${u.billing.selfServiceExport.formats.join(', ')})`
          : ''),
      tone: yesNoTone(u.billing.selfServiceExport.status),
      href: '#billing',
    },
    {
      label: 'Smart meters (AMI)',
      value: AMI_LABEL[u.intervalData.ami.status],
      tone: ({ deployed: 'yes', partial: 'partial', none: 'no', unknown: 'unknown' } as const)[u.intervalData.ami.status],
      href: '#interval-data',
    },
    {
      label: u.commodities.includes('gas') && !u.commodities.includes('electric') ? 'Gas interval data' : 'Electric interval data',
      value: GRANULARITY_LABEL[u.commodities.includes('electric') ? gran : gasGran],
      tone: (() => {
        const g = u.commodities.includes('electric') ? gran : gasGran;
        return g === 'unknown' ? 'unknown' : g === 'not-applicable' || g === 'monthly' ? 'no' : g === 'daily' ? 'partial' : 'yes';
      })(),
      href: '#interval-data',
    },
    {
      label: 'Green Button Download My Data',
      value: availabilityText(u.greenButton.downloadMyData.status, u.greenButton.downloadMyData.expected),
      tone: availabilityTone(u.greenButton.downloadMyData.status),
      href: '#green-button',
    },
    {
      label: 'Green Button Connect My Data',
      value: availabilityText(u.greenButton.connectMyData.status, u.greenButton.connectMyData.expected),
      tone: availabilityTone(u.greenButton.connectMyData.status),
      href: '#green-button',
    },
    {
      label: 'Utility API',
      value: availabilityText(u.api.status, u.api.expected),
      tone: availabilityTone(u.api.status),
      href: '#api',
    },
    {
      label: 'EDI for suppliers',
      value: AVAILABILITY_LABEL[u.edi.status] + (u.edi.status === 'available' && u.edi.transactionSets.length ? ` (${u.edi.transactionSets.join(', ')})` : ''),
      tone: availabilityTone(u.edi.status),
      href: '#edi',
    },
    {
      label: 'Third-party access',
      value: THIRD_PARTY_LABEL[tp],
      tone: tp === 'unknown' ? 'unknown' : tp === 'none' ? 'no' : tp === 'manual-authorization' ? 'partial' : 'yes',
      href: '#billing-third-party',
    },
    {
      label: 'Retail supplier choice',
      value: `${YES_NO_LABEL[u.market.retailChoice]} (${MARKET_LABEL[u.market.structure].toLowerCase()} market)`,
      tone: yesNoTone(u.market.retailChoice),
      href: '#rates',
    },
  ];
}
