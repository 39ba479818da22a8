/**
 * French part-of-speech tagging: a tokenizer that keeps character offsets and splits elided
 * words (« l' », « d' », « qu' ») as the Universal Dependencies French treebanks do, Apache
 * OpenNLP's French-GSD tagger with repairs for its known slips, and a bounded memory of tagged
 * sentences so that a passage is tagged once.
 */
package org.citebot.text.pos;
