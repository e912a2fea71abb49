/**
 * The English catalogue: the reference every other language is checked against (its keys are
 * the message ids). Each area of the app keeps its messages in its own file here.
 */
import { app } from './app';

export const en = { ...app } as const;
