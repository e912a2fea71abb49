/** Says a message value as the app would, in a language (default English), for assertions. */
import { createIntl } from 'react-intl';
import { intlLocale, type Lang } from '@/i18n/langs';
import type { Catalogue, Msg } from '@/i18n/messages';
import { en } from '@/i18n/en';
import fr from '@/i18n/fr';
import de from '@/i18n/de';
import uk from '@/i18n/uk';
import pl from '@/i18n/pl';

export const CATALOGUES: Record<Lang, Catalogue> = { en, fr, de, uk, pl };

const intls = new Map<Lang, ReturnType<typeof createIntl>>();
export function intlFor(lang: Lang) {
  let intl = intls.get(lang);
  if (!intl) {
    // A message that cannot be formatted is a test failure, not a silent fallback to its id.
    intl = createIntl({
      locale: intlLocale(lang),
      messages: CATALOGUES[lang],
      onError: (e) => {
        throw e;
      },
    });
    intls.set(lang, intl);
  }
  return intl;
}

export const say = (m: Msg, lang: Lang = 'en') =>
  intlFor(lang).formatMessage({ id: m.id }, m.values);
