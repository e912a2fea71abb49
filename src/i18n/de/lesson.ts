import type { AreaMessages } from '../messages';
import type { lesson as en } from '../en/lesson';

export const lesson: AreaMessages<typeof en> = {};
