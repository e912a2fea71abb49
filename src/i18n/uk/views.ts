import type { AreaMessages } from '../messages';
import type { views as en } from '../en/views';

export const views: AreaMessages<typeof en> = {};
