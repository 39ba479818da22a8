package org.citebot.text.pos;

/**
 * The Universal Dependencies part-of-speech tags the French-GSD model gives, with the two
 * contractions it tags as one token: « du / des / au / aux » ({@link #ADP_DET}) and « auquel /
 * duquel » ({@link #ADP_PRON}).
 */
public enum Pos {
    ADJ, ADP, ADP_DET, ADP_PRON, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM,
    VERB, X;

    /** The tag of the model's label ({@code "ADP+DET"} → {@link #ADP_DET}); {@link #X} for an unknown label. */
    public static Pos of(String label) {
        return switch (label) {
            case "ADP+DET" -> ADP_DET;
            case "ADP+PRON" -> ADP_PRON;
            default -> {
                try {
                    yield valueOf(label);
                } catch (IllegalArgumentException e) {
                    yield X;
                }
            }
        };
    }

    /** A noun or a name: what heads a noun phrase. */
    public boolean nominal() {
        return this == NOUN || this == PROPN;
    }

    /** A preposition, alone or contracted with an article (« à », « du », « aux »). */
    public boolean preposition() {
        return this == ADP || this == ADP_DET;
    }
}
