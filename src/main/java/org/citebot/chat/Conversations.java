package org.citebot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.citebot.answer.Answer;

/**
 * The last question and answer of each chat, so that « et en 2018 ? » or « source ? » can be
 * read against them. Bounded in size (least recently used chats are forgotten first) and in age
 * (an exchange older than the time-out is gone). Each exchange has an id, so that a button
 * under an older reply can tell it is stale. In memory: the {@link ChatMemory} of one process.
 * Thread-safe.
 */
public final class Conversations implements ChatMemory {

    /**
     * One chat's last exchange.
     *
     * @param id unique among the exchanges of this instance; it starts at the clock's epoch
     *           milliseconds, so a button from before a restart is unlikely to match a new one
     */
    public record Exchange(long id, String question, Answer answer, Instant at) {
    }

    private final int maxChats;
    private final Duration timeout;
    private final Clock clock;
    private final LinkedHashMap<String, Exchange> last;
    private long nextId;

    /** The chats' memory front ends use: 10,000 chats, 30 minutes. */
    public static Conversations standard() {
        return new Conversations(ChatEngine.MAX_CHATS, ChatEngine.FOLLOW_UP_WINDOW, Clock.systemUTC());
    }

    public Conversations(int maxChats, Duration timeout, Clock clock) {
        if (maxChats < 1) {
            throw new IllegalArgumentException("maxChats must be positive, was " + maxChats);
        }
        this.maxChats = maxChats;
        this.timeout = timeout;
        this.clock = clock;
        this.nextId = clock.millis();
        this.last = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Exchange> eldest) {
                return size() > Conversations.this.maxChats;
            }
        };
    }

    @Override
    public synchronized Optional<Exchange> last(String chat) {
        Exchange e = last.get(chat);
        if (e == null) {
            return Optional.empty();
        }
        if (e.at().plus(timeout).isBefore(clock.instant())) {
            last.remove(chat);
            return Optional.empty();
        }
        return Optional.of(e);
    }

    /** The exchange {@code id} of {@code chat}, if it is still that chat's last one and not too old. */
    @Override
    public synchronized Optional<Exchange> exchange(String chat, long id) {
        return last(chat).filter(e -> e.id() == id);
    }

    /** Remembers {@code question} and its {@code answer} as the last exchange of {@code chat}. */
    @Override
    public synchronized Exchange remember(String chat, String question, Answer answer) {
        Exchange e = new Exchange(nextId++, question, answer, clock.instant());
        last.put(chat, e);
        return e;
    }

    public synchronized int size() {
        return last.size();
    }
}
