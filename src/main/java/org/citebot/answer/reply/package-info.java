/**
 * From scored candidates to what the user reads: {@link
 * org.citebot.answer.reply.FindingMerger} merges equal values across articles into findings,
 * one citation per document; {@link org.citebot.answer.reply.ReplyTemplates} words an {@link
 * org.citebot.answer.Answer} in French from templates a deployer can edit ({@code
 * config/templates.properties}). Every sentence the bot says to a user is a template here.
 */
package org.citebot.answer.reply;
