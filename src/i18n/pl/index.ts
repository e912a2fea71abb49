import type { Catalogue } from '../messages';
import { app } from './app';

const catalogue: Catalogue = { ...app };
export default catalogue;
