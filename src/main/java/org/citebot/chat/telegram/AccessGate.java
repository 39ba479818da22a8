package org.citebot.chat.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Who may use the bot, and how fast.
 *
 * <p>An optional allow-list of user and chat ids (empty: everyone): anyone else gets a polite
 * refusal and nothing from the corpus. A per-user flood limit: beyond {@code perMinute} messages in
 * a sliding minute, the first extra message gets « patientez » once, the following ones nothing,
 * until the minute has room again. Thread-safe; the per-user memory is bounded.
 */
public final class AccessGate {

    /** What to do with a message. */
    public enum Verdict {
        /** Handle it. */
        PASS,
        /** Not on the allow-list: refuse politely. */
        REFUSE,
        /** Too many messages: say « patientez » (once). */
        SLOW_DOWN,
        /** Too many messages, already told: drop silently. */
        DROP
    }

    /** Template keys of what the refused and the too-fast are told. */
    static final String REFUSAL = "telegram.refusal";
    static final String SLOW_DOWN = "telegram.slow.down";
    private static final Duration WINDOW = Duration.ofMinutes(1);
    private static final int MAX_USERS = 10_000;

    private final Set<Long> users;
    private final Set<Long> chats;
    private final int perMinute;
    private final Map<Long, Deque<Instant>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Deque<Instant>> eldest) {
            return size() > MAX_USERS;
        }
    };
    private final Map<Long, Boolean> warned = new java.util.HashMap<>();

    /**
     * @param users     user ids allowed (empty with {@code chats} empty: everyone)
     * @param chats     chat ids allowed (a group listed here lets all its members in)
     * @param perMinute messages a user may send in a minute; 0 for no limit
     */
    public AccessGate(Set<Long> users, Set<Long> chats, int perMinute) {
        this.users = Set.copyOf(users);
        this.chats = Set.copyOf(chats);
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must not be negative, was " + perMinute);
        }
        this.perMinute = perMinute;
    }

    /** Everyone, no limit. */
    public static AccessGate open() {
        return new AccessGate(Set.of(), Set.of(), 0);
    }

    public synchronized Verdict check(long userId, long chatId, Instant now) {
        boolean listed = users.isEmpty() && chats.isEmpty() || users.contains(userId) || chats.contains(chatId);
        if (!listed) {
            return Verdict.REFUSE;
        }
        if (perMinute == 0) {
            return Verdict.PASS;
        }
        Deque<Instant> times = recent.computeIfAbsent(userId, k -> new ArrayDeque<>());
        while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
            times.pollFirst();
        }
        if (times.size() < perMinute) {
            times.addLast(now);
            warned.remove(userId);
            return Verdict.PASS;
        }
        if (warned.put(userId, Boolean.TRUE) == null) {
            if (warned.size() > MAX_USERS) {
                warned.clear();
            }
            return Verdict.SLOW_DOWN;
        }
        return Verdict.DROP;
    }
}
