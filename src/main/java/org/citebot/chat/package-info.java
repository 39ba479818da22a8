/**
 * The conversation shared by every front end: commands, small talk, questions, replies, and each
 * chat's last exchange for follow-ups ({@link org.citebot.chat.ChatMemory}: in memory for one
 * process, or in a directory shared by several bot instances), which
 * {@link org.citebot.chat.followup} reads a message against.
 */
package org.citebot.chat;
