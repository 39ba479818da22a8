package org.citebot.qa;

/**
 * Whose words a question is in: the user's as typed, or a follow-up written out by the chat
 * against its last exchange (« c'est qui ? » → « qui est Paul Durand ? »). A written-out question
 * is a guess at what was meant; the answerer reads it with the model alone where a proof would
 * trust a wording the user never gave ({@link AnswerProof#readsWrittenOut}).
 */
public enum Wording {
    /** The question as the user typed it. */
    TYPED,
    /** A follow-up written out as a full question by the chat's follow-up reader. */
    WRITTEN_OUT
}
