import type { LanguageData } from '../language.js';
import { en } from './en.js';

/** Languages the splitter has data for, by primary language subtag. */
export const languages: Readonly<Record<string, LanguageData>> = { en };
