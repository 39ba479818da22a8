package org.citebot.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.citebot.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link ChatMemory} of several bot instances: each chat's last exchange is a small file in a
 * directory they all see, so that « et en 2018 ? » reaching instance B reads the question instance
 * A answered a moment before, and a button pressed under A's reply works on B.
 *
 * <p>Why this shape:
 * <ul>
 *   <li>shared rather than routed by chat: Telegram posts every update to one URL, and a load
 *       balancer would have to parse each body to route by chat; any instance can answer any chat
 *       instead;</li>
 *   <li>only the question is shared (its id, its time, its text), never the {@link Answer}: the
 *       answer is a pure function of the question and the corpus, which every instance holds, so
 *       the instance that needs it (a « source ? », a button; a mere follow-up needs only the
 *       question) answers the question again, once, and keeps it in a small local cache; no
 *       serialisation format to keep in step with the answer records;</li>
 *   <li>files, written aside then renamed over the old one (atomic on a local disk and on NFS),
 *       so a reader sees the old exchange or the new one, never half of one; no server to run.
 *       Two instances answering the same chat at the same instant both write, and the last
 *       rename wins, as the last question would in one process.</li>
 * </ul>
 * Expiring like {@link Conversations}: an exchange older than the time-out is gone, and files not
 * written for that long are removed (at most once a minute, in the writing thread). Exchange ids
 * are random, so ids from different instances do not collide. Thread-safe, and safe across
 * processes.
 */
public final class SharedChatMemory implements ChatMemory {

    private static final Logger LOG = LoggerFactory.getLogger(SharedChatMemory.class);
    private static final String FORMAT = "citebot-exchange-1";
    private static final Duration SWEEP_EVERY = Duration.ofMinutes(1);
    private static final int LOCAL_ANSWERS = 1_000;

    private final Path root;
    private final Duration timeout;
    private final Clock clock;
    private final Function<String, Answer> answerer;
    private final AtomicLong nextSweep = new AtomicLong();
    /** Answers already known here, by exchange id: this instance's own, and those answered again. */
    private final Map<Long, Answer> answers = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Answer> eldest) {
            return size() > LOCAL_ANSWERS;
        }
    };

    /**
     * @param dir      the shared directory (created if missing); this uses its {@code chats} folder
     * @param timeout  how long an exchange can be followed up
     * @param answerer answers a remembered question again, on an instance that did not answer it
     */
    public SharedChatMemory(Path dir, Duration timeout, Clock clock, Function<String, Answer> answerer) {
        Objects.requireNonNull(dir, "dir");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.answerer = Objects.requireNonNull(answerer, "answerer");
        this.root = dir.resolve("chats");
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the shared chat memory " + root, e);
        }
    }

    /** The chats' shared memory with the follow-up window of {@link Conversations#standard()}. */
    public static SharedChatMemory standard(Path dir, Function<String, Answer> answerer) {
        return new SharedChatMemory(dir, ChatEngine.FOLLOW_UP_WINDOW, Clock.systemUTC(), answerer);
    }

    @Override
    public Optional<Conversations.Exchange> last(String chat) {
        return stored(chat).map(s -> new Conversations.Exchange(s.id(), s.question(), answer(s), s.at()));
    }

    /** Reads the file only: no answer recovered. */
    @Override
    public Optional<String> lastQuestion(String chat) {
        return stored(chat).map(Stored::question);
    }

    private Optional<Stored> stored(String chat) {
        Path file = file(chat);
        Stored stored;
        try {
            stored = Stored.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // unreadable or torn by hand: the chat starts afresh rather than failing its question
            LOG.warn("chat memory {} unreadable, ignored: {}", file, e.toString());
            return Optional.empty();
        }
        return stored.at().plus(timeout).isBefore(clock.instant()) ? Optional.empty() : Optional.of(stored);
    }

    private Answer answer(Stored stored) {
        synchronized (answers) {
            Answer known = answers.get(stored.id());
            if (known != null) {
                return known;
            }
        }
        Answer again = answerer.apply(stored.question());
        synchronized (answers) {
            answers.put(stored.id(), again);
        }
        return again;
    }

    /**
     * Remembers the exchange for every instance. When the directory cannot be written, the reply
     * still goes out (logged): only the follow-up context is lost.
     */
    @Override
    public Conversations.Exchange remember(String chat, String question, Answer answer) {
        Conversations.Exchange exchange = new Conversations.Exchange(
                ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), question, answer, clock.instant());
        synchronized (answers) {
            answers.put(exchange.id(), answer);
        }
        Path file = file(chat);
        try {
            Path aside = Files.createTempFile(root, ".write-", ".tmp");
            try {
                Files.writeString(aside, new Stored(exchange.id(), exchange.at(), question).format(),
                        StandardCharsets.UTF_8);
                Files.move(aside, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(aside);
            }
        } catch (IOException e) {
            LOG.warn("chat {}: exchange not shared ({}), follow-ups on other instances will not see it", chat,
                    e.toString());
        }
        sweepIfDue();
        return exchange;
    }

    /** A file name per chat: the chat key's UTF-8 in hex, so any key is a safe, distinct name. */
    private Path file(String chat) {
        return root.resolve(HexFormat.of().formatHex(chat.getBytes(StandardCharsets.UTF_8)));
    }

    private void sweepIfDue() {
        long now = clock.millis();
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_EVERY.toMillis())) {
            sweep(clock.instant());
        }
    }

    /** Removes the chats not written since {@code now} minus the time-out (and writes left behind). */
    void sweep(Instant now) {
        Instant oldest = now.minus(timeout);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(root)) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(oldest)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("sweeping the chat memory {}: {}", root, e.toString());
        }
    }

    /** What a chat's file holds: the exchange id, when it happened, the question (last, any text). */
    private record Stored(long id, Instant at, String question) {

        String format() {
            return FORMAT + "\n" + id + "\n" + at.toEpochMilli() + "\n" + question;
        }

        static Stored parse(String text) {
            String[] parts = text.split("\n", 4);
            if (parts.length != 4 || !parts[0].equals(FORMAT)) {
                throw new IllegalArgumentException("not a " + FORMAT + " file");
            }
            return new Stored(Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])), parts[3]);
        }
    }
}
