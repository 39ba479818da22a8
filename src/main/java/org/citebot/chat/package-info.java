/**
 * The conversation shared by every front end: commands, small talk, questions, replies.
 */
package org.citebot.chat;
