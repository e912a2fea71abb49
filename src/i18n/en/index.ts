/**
 * The English catalogue: the reference every other language is checked against (its keys are
 * the message ids). Each area of the app keeps its messages in its own file:
 * app (src/app: header, notices, errors), record (the panel, types, confidence, sources),
 * views (table, About, display options, image and handout export, classroom tools),
 * lesson (lesson stage, presenter, lesson prints, My lessons, lesson files and links),
 * builder (lesson builder, embed), map (map, legend and filters, country list, shared components).
 */
import { app } from './app';
import { record } from './record';
import { views } from './views';
import { lesson } from './lesson';
import { builder } from './builder';
import { map } from './map';

export const en = { ...app, ...record, ...views, ...lesson, ...builder, ...map } as const;
