/**
 * Question analysis: what kind of fact is asked, about what, with which constraints; small talk.
 */
package org.citebot.question;
