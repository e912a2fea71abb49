import type { AreaMessages } from '../messages';
import type { builder as en } from '../en/builder';

export const builder: AreaMessages<typeof en> = {};
