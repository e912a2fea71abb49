/** The app's languages (issue 15): what features and the store import. */
export { LANGS, isLang, preferredLang, intlLocale, autonym, type Lang } from './langs';
export {
  msg,
  rawMsg,
  sameMsg,
  type Msg,
  type MessageId,
  type MessageValues,
  type Catalogue,
} from './messages';
export { formatterFor, type Formatter } from './format';
export { loadCatalogue } from './catalogues';
export { I18nProvider } from './i18n-provider';
export { useT, useSay, useFormat, useLangInUse, type Translate } from './use-t';
export { FormattedMessage } from 'react-intl';
