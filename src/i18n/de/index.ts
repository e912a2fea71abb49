import type { Catalogue } from '../messages';
import { app } from './app';
import { record } from './record';
import { views } from './views';
import { lesson } from './lesson';
import { builder } from './builder';
import { map } from './map';

const catalogue: Catalogue = { ...app, ...record, ...views, ...lesson, ...builder, ...map };
export default catalogue;
