/**
 * Turning retrieved passages into an answer: typed candidate extraction (numbers, dates, names,
 * reasons, definitions, yes/no), ranking, merging across articles, and the French reply templates.
 */
package org.citebot.answer;
