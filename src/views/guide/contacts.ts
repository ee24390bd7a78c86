/** Contacts: each as one line of inline Markdown (the guide's contact list and a route's both use it). */
import type { Utility } from '#src/schema/utility.ts';

/** A contact as one line of inline Markdown with its link. */
export function contactMd(x: Utility['contacts'][number]): string {
  switch (x.type) {
    case 'phone':
      return `${x.label}: ${x.value}`;
    case 'fax':
      return `${x.label}: fax ${x.value}`;
    case 'email':
      return `${x.label}: [${x.value}](mailto:${x.value})`;
    case 'web-form':
      return `${x.label}: [contact form](${x.value})`;
    case 'postal':
      return `${x.label}: ${x.value}`;
  }
}
