// Typed message ids for react-intl's <FormattedMessage id> and intl.formatMessage({ id }).
import type { MessageId } from './messages';

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
