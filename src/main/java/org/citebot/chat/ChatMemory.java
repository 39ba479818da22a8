package org.citebot.chat;

import java.util.Optional;
import org.citebot.answer.Answer;

/**
 * Where {@link ChatEngine} keeps each chat's last exchange, so that a follow-up (« et en 2018 ? »,
 * « source ? ») and the buttons under a reply can be read against it.
 *
 * <p>Two implementations, because a deployment has one of two shapes: one process
 * ({@link Conversations}, in memory) or several bot instances behind a load balancer, where the
 * follow-up may reach another instance than the question did ({@link SharedChatMemory}, a
 * directory every instance sees). Implementations are thread-safe.
 */
public interface ChatMemory {

    /** The last exchange of {@code chat}, unless there is none or it is too old. */
    Optional<Conversations.Exchange> last(String chat);

    /**
     * The question of the last exchange of {@code chat}, as {@link #last} would give it: all a
     * follow-up needs to be read, and cheaper where the answer has to be recovered.
     */
    default Optional<String> lastQuestion(String chat) {
        return last(chat).map(Conversations.Exchange::question);
    }

    /** The exchange {@code id} of {@code chat}, if it is still that chat's last one and not too old. */
    default Optional<Conversations.Exchange> exchange(String chat, long id) {
        return last(chat).filter(e -> e.id() == id);
    }

    /** Remembers {@code question} and its {@code answer} as the last exchange of {@code chat}. */
    Conversations.Exchange remember(String chat, String question, Answer answer);
}
