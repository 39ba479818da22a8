package org.citebot.qa;

import java.util.List;
import java.util.Set;
import org.citebot.text.Folding;

/**
 * Whose words a question is in: the user's as typed, or a follow-up written out by the chat
 * against its last exchange (« et Durand ? » → « qui est Paul Durand ? », « c'est qui ? » → « qui
 * est Paul Durand ? »), of which only the words the follow-up brought in (« Durand ») are the
 * user's. A written-out question is partly the chat's guess; a proof that trusts a word of the
 * question reads it only when the user typed that word ({@link AnswerProof#reads}).
 *
 * @param typed      the question is the user's message as typed
 * @param introduced for a written-out follow-up, the words it brought in (folded): what the user
 *                   typed of it
 */
public record Wording(boolean typed, Set<String> introduced) {

    /** The question as the user typed it. */
    public static final Wording TYPED = new Wording(true, Set.of());

    public Wording {
        introduced = Set.copyOf(introduced);
    }

    /** A follow-up written out by the chat, of which the user typed {@code introduced}. */
    public static Wording writtenOut(List<String> introduced) {
        return new Wording(false, Set.copyOf(introduced.stream().map(Folding::fold).toList()));
    }

    /** Whether the user typed {@code word}: any word of a typed question, the words a follow-up brought in. */
    public boolean typedByUser(String word) {
        return typed || introduced.contains(Folding.fold(word));
    }
}
