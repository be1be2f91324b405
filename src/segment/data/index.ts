import type { LanguageData } from '../language.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { ru } from './ru.js';

/** Languages the splitter has data for, by primary language subtag. */
export const languages: Readonly<Record<string, LanguageData>> = { en, ru, fr };
