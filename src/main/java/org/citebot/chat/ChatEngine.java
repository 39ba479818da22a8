package org.citebot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.time.Duration;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.chat.followup.AlternativeReadings;
import org.citebot.chat.followup.CorpusVocabulary;
import org.citebot.chat.followup.FollowUps;
import org.citebot.chat.followup.Previous;
import org.citebot.chat.followup.Readings;
import org.citebot.corpus.Corpus;
import org.citebot.corpus.Document;
import org.citebot.index.Passage;
import org.citebot.index.ScoredPassage;
import org.citebot.qa.Citebot;
import org.citebot.qa.Wording;
import org.citebot.text.Span;

/**
 * The conversation logic every front end shares: commands (« /aide », « /sources »), small
 * talk and questions, each turned into the French reply text. Front ends only format and
 * transport what this returns; they never decide answers. Front ends with buttons use
 * {@link #respond} and {@link #callback}: a button names its exchange by id, so one pressed after
 * another question (or once forgotten) gets a hint, not an answer to the wrong question.
 *
 * <p>Thread-safe: the per-chat memory of last exchanges ({@link ChatMemory}) is.
 */
public final class ChatEngine {

    private static Supplier<Citebot> constant(Citebot bot) {
        return () -> bot;
    }

    /** Chats remembered for follow-ups, and for how long. */
    static final int MAX_CHATS = 10_000;
    static final Duration FOLLOW_UP_WINDOW = Duration.ofMinutes(30);
    /** Button labels, and the prefixes of their callback data ({@code s:<exchange id>}). */
    /** Template key of the button that lists an answer's other sources. */
    public static final String SOURCES_LABEL = "button.sources";
    /** Template key of the button that shows an answer's passage. */
    public static final String PASSAGE_LABEL = "button.passage";
    private static final String SOURCES_DATA = "s:";
    private static final String PASSAGE_DATA = "p:";
    /** Sentences of a reply without a fact that a follow-up may find a name in (see {@link #sentencesRead}). */
    static final int SENTENCES_READ = 5;
    /** A paragraph longer than this is shown as the sentence with its neighbours instead. */
    static final int PASSAGE_MAX_CHARS = 1_500;
    /** Example questions shown by the help, one of each kind found. */
    static final int EXAMPLES = 4;
    /** Template key of the reply to a button whose exchange is no longer remembered. */
    public static final String STALE = "button.stale";
    /** Template key of the reply to callback data that no button of the engine sends. */
    public static final String UNKNOWN_BUTTON = "button.unknown";

    private final Supplier<Citebot> bots;
    private volatile List<String> examples;
    private final ReplyTemplates templates;
    private final ChatMemory conversations;
    /** The follow-up reader and the corpus its vocabulary was read from. */
    private record Reader(Corpus corpus, FollowUps followUps) {
    }

    private volatile Reader reader;

    public ChatEngine(Citebot bot, ReplyTemplates templates) {
        this(bot, templates, Conversations.standard());
    }

    public ChatEngine(Citebot bot, ReplyTemplates templates, ChatMemory conversations) {
        this(constant(Objects.requireNonNull(bot, "bot")), templates, conversations);
    }

    /**
     * An engine over whichever citebot {@code bots} gives at each message: a {@code LiveCitebot}
     * swaps in a new index when the corpus folder changes.
     */
    public ChatEngine(Supplier<Citebot> bots, ReplyTemplates templates, ChatMemory conversations) {
        this.bots = Objects.requireNonNull(bots, "bots");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
    }

    /** The reply to one message of a single-user session (the console). Never throws on user text. */
    public String reply(String message) {
        return reply("console", message);
    }

    /**
     * The reply to one message of chat {@code chat}: a command, a follow-up of that chat's last
     * question (« et en 2018 ? », « source ? »), or a new question. Never throws on user text.
     */
    public String reply(String chat, String message) {
        return respond(chat, message).text();
    }

    /**
     * As {@link #reply(String, String)}, with the buttons to show under the reply: « Autres
     * sources » when an answer has more than one citation, « Voir le passage » for an answer or a
     * decline that offers a passage. Never throws on user text.
     */
    public ChatReply respond(String chat, String message) {
        return turn(chat, message).reply();
    }

    /**
     * As {@link #respond}, with what the message was read as: the full question answered (a
     * follow-up written out against the chat's last exchange) and the answer behind the reply.
     * Never throws on user text.
     */
    public ChatTurn turn(String chat, String message) {
        String text = message == null ? "" : message.strip();
        if (text.startsWith("/")) {
            return new ChatTurn(text, text, Optional.empty(), ChatReply.of(command(text)));
        }
        // « tu es qui ? », « de quoi parlent les articles ? »: about the bot, not for the articles;
        // answered like the commands, and not remembered (a follow-up still reads the last question)
        Optional<AboutTheBot.Topic> about = AboutTheBot.classify(text);
        if (about.isPresent()) {
            String shown = about.get() == AboutTheBot.Topic.HELP ? help() : sources();
            return new ChatTurn(text, text, Optional.empty(), ChatReply.of(shown));
        }
        Citebot bot = bots.get();
        // The last question first: the last answer is fetched only when needed (a shared memory
        // may have to answer the question again to get it).
        Optional<String> lastQuestion = conversations.lastQuestion(chat);
        LastExchange last = new LastExchange(chat, lastQuestion.orElse(""));
        Optional<FollowUps.FollowUp> followUp = lastQuestion.flatMap(q -> followUps(bot).read(text, q, last::previous));
        // « source ? » after an answer lists its sources; after a decline, there is no answer to source:
        // the last question is asked again, and its reply shows the passages read (as « tu es sûr ? » does)
        if (followUp.isPresent() && followUp.get().kind() == FollowUps.Kind.SOURCES && last.exchange().isPresent()
                && last.exchange().get().answer().answered()) {
            Conversations.Exchange e = last.exchange().get();
            return new ChatTurn(text, e.question(), Optional.of(e.answer()), ChatReply.of(sourcesOf(e.answer())));
        }
        String question = followUp.map(FollowUps.FollowUp::question).orElse(text);
        Answer answer = bot.answer(question,
                followUp.map(f -> Wording.writtenOut(f.introduced())).orElse(Wording.TYPED));
        // « combien exactement ? » asks the last question again: its answer may be the last one
        if (followUp.isPresent() && !question.equals(lastQuestion.orElse(""))) {
            answer = FollowUpGuard.check(followUp.get(), answer, () -> last.exchange().map(Conversations.Exchange::answer),
                    bot::document);
            // declined as written out: the same question with its names worded as the articles also
            // word them may be answered (kept only when confident, never the last fact again)
            if (!answer.answered() && answer.outcome() != Answer.Outcome.SMALL_TALK) {
                Optional<Reading> other = otherReading(bot, followUp.get(), last);
                if (other.isPresent()) {
                    question = other.get().question();
                    answer = other.get().answer();
                }
            }
        }
        // No rule read it as a follow-up and the articles give no fact for it alone: the message may
        // still lean on the last exchange in a way no rule knows. Searched again with the last
        // question's words, the passages shown are the ones about what the chat is talking about.
        // Only passages are taken from that wider search, never a fact: a fact found by words the
        // person did not write is a guess (measured: it answered an unanswerable held-out follow-up).
        boolean widened = false;
        if (followUp.isEmpty() && lastQuestion.isPresent() && !answer.answered()
                && answer.outcome() != Answer.Outcome.SMALL_TALK) {
            Optional<FollowUps.FollowUp> wide = followUps(bot).widened(text, lastQuestion.get());
            if (wide.isPresent()) {
                Answer wider = bot.answer(wide.get().question(), Wording.writtenOut(wide.get().introduced()));
                if (!wider.answered() && wider.outcome() != Answer.Outcome.SMALL_TALK) {
                    widened = true;
                    question = wide.get().question();
                    answer = wider;
                }
            }
        }
        String reply = templates.reply(answer, answer.outcome() == Answer.Outcome.SMALL_TALK ? example() : "");
        if (answer.outcome() == Answer.Outcome.SMALL_TALK) {
            return new ChatTurn(text, text, Optional.of(answer), ChatReply.of(reply));
        }
        if (widened) {
            reply = templates.fill("followup.context", Map.of("last", lastQuestion.orElse(""), "reply", reply));
        } else if (!question.equals(text)) {
            reply = templates.fill("followup", Map.of("reading", reading(bot, question), "reply", reply));
        }
        // a widened message is remembered as typed: the next turn reads against what was said
        ChatReply shown = new ChatReply(reply, buttons(conversations.remember(chat, widened ? text : question, answer)));
        return new ChatTurn(text, question, Optional.of(answer), shown);
    }

    /** A reading of a follow-up and the answer it got. */
    private record Reading(String question, Answer answer) {
    }

    /**
     * The most confident answer among the follow-up's other readings ({@link AlternativeReadings}),
     * each checked as the first one is ({@link FollowUpGuard}) and none giving the last fact again:
     * another wording of the same follow-up asks something new, so what the last turn already said
     * is no answer to it. Empty when no reading is answered confidently: the first reading's decline
     * stands.
     */
    private Optional<Reading> otherReading(Citebot bot, FollowUps.FollowUp followUp, LastExchange last) {
        Optional<Reading> best = Optional.empty();
        for (String q : AlternativeReadings.of(followUp.question(), followUps(bot).vocabulary())) {
            FollowUps.FollowUp reading = followUp.reading(q);
            Answer a = FollowUpGuard.check(reading, bot.answer(q, Wording.writtenOut(reading.introduced())),
                    () -> last.exchange().map(Conversations.Exchange::answer), bot::document);
            if (a.answered() && !FollowUpGuard.lastFact(a, () -> last.exchange().map(Conversations.Exchange::answer))
                    && (best.isEmpty() || a.confidence() > best.get().answer().confidence())) {
                best = Optional.of(new Reading(q, a));
            }
        }
        return best;
    }

    /** The last exchange of a chat, fetched once and only when asked for. Confined to one turn. */
    private final class LastExchange {
        private final String chat;
        private final String question;
        private Optional<Conversations.Exchange> exchange;

        LastExchange(String chat, String question) {
            this.chat = chat;
            this.question = question;
        }

        Optional<Conversations.Exchange> exchange() {
            if (exchange == null) {
                exchange = conversations.last(chat);
            }
            return exchange;
        }

        Previous previous() {
            return exchange().map(e -> Previous.of(e.question(), e.answer(), sentencesRead(e.answer())))
                    .orElseGet(() -> Previous.question(question));
        }
    }

    /** Sentences read for an answer, best first: what a reply without a fact may still have named. */
    private List<String> sentencesRead(Answer answer) {
        if (answer.answered()) {
            return List.of();
        }
        Citebot bot = bots.get();
        List<String> out = new ArrayList<>();
        for (ScoredPassage sp : answer.passages().subList(0, Math.min(SENTENCES_READ, answer.passages().size()))) {
            Span s = sp.passage().sentence();
            bot.document(sp.passage().docId()).filter(d -> s.end() <= d.text().length()).ifPresent(d -> out.add(d.quote(s)));
        }
        return out;
    }

    /** The follow-up reader of the corpus {@code bot} answers from (rebuilt when the corpus changes). */
    private FollowUps followUps(Citebot bot) {
        Reader r = reader;
        if (r == null || r.corpus() != bot.corpus()) {
            r = new Reader(bot.corpus(), new FollowUps(CorpusVocabulary.of(bot.corpus())));
            reader = r;
        }
        return r.followUps();
    }

    /** How a rewritten follow-up was read, shown before its reply: « porte-parole de l'Unesco ». */
    private String reading(Citebot bot, String question) {
        return Readings.of(question, followUps(bot).vocabulary());
    }

    private List<ChatReply.Button> buttons(Conversations.Exchange exchange) {
        Answer answer = exchange.answer();
        List<ChatReply.Button> buttons = new ArrayList<>();
        long citations = answer.findings().stream().mapToLong(f -> f.citations().size()).sum();
        if (answer.answered() && citations > 1) {
            buttons.add(new ChatReply.Button(templates.line(SOURCES_LABEL), SOURCES_DATA + exchange.id()));
        }
        if (answer.answered() || answer.nearest().isPresent()) {
            buttons.add(new ChatReply.Button(templates.line(PASSAGE_LABEL), PASSAGE_DATA + exchange.id()));
        }
        return buttons;
    }

    /**
     * The reply to a button of {@link #respond} pressed in chat {@code chat}: every citation of
     * that exchange, or the longer passage around its first one, quoted verbatim with its source.
     * A button whose exchange is no longer this chat's last one (another question since, or
     * forgotten) or data that is not a button's get a short French hint. Never throws on
     * {@code data}.
     */
    public String callback(String chat, String data) {
        String d = data == null ? "" : data;
        boolean sources = d.startsWith(SOURCES_DATA);
        if (!sources && !d.startsWith(PASSAGE_DATA)) {
            return templates.line(UNKNOWN_BUTTON);
        }
        long id;
        try {
            id = Long.parseLong(d.substring(2));
        } catch (NumberFormatException e) {
            return templates.line(UNKNOWN_BUTTON);
        }
        return conversations.exchange(chat, id)
                .map(e -> sources ? sourcesOf(e.answer()) : passageOf(e.answer()))
                .orElseGet(() -> templates.line(STALE));
    }

    /** The paragraph (or, when long, the sentence and its neighbours) around the answer's quote. */
    private String passageOf(Answer answer) {
        Optional<Citation> cited = answer.best().map(f -> f.citations().get(0)).or(answer::nearest);
        if (cited.isEmpty()) {
            return templates.line("passage.none");
        }
        Citation c = cited.get();
        // The article may have changed since (live corpus): quote it only if the citation still fits.
        String passage = bots.get().document(c.docId())
                .filter(doc -> c.span().end() <= doc.text().length() && doc.quote(c.span()).equals(c.quote()))
                .map(doc -> doc.quote(passageSpan(answer, c, doc)))
                .orElse(c.quote());
        return templates.fill("passage", Map.of("quote", passage.strip(), "source", ReplyTemplates.source(c)));
    }

    /** The span to show around {@code c}: a retrieved passage holding it, else its paragraph, else itself. */
    private static Span passageSpan(Answer answer, Citation c, Document doc) {
        for (ScoredPassage sp : answer.passages()) {
            Passage p = sp.passage();
            if (p.docId().equals(c.docId()) && p.paragraph().contains(c.span())) {
                return p.paragraph().length() <= PASSAGE_MAX_CHARS || !p.context().contains(c.span())
                        ? p.paragraph() : p.context();
            }
        }
        return doc.paragraphs().stream().filter(p -> p.contains(c.span()) && p.length() <= PASSAGE_MAX_CHARS)
                .findFirst().orElse(c.span());
    }

    /** Every source of an answer: one line per supporting article, or the passage offered instead. */
    private String sourcesOf(Answer answer) {
        List<String> lines = new ArrayList<>();
        if (answer.answered()) {
            lines.add(templates.fill("sources.header", Map.of("fact", answer.findings().get(0).fact())));
            for (var finding : answer.findings()) {
                for (Citation c : finding.citations()) {
                    lines.add(templates.fill("sources.item", Map.of("quote", c.quote(), "source", ReplyTemplates.source(c))));
                }
            }
        } else {
            lines.add(templates.line("sources.none"));
            answer.nearest().ifPresent(c -> lines.add(templates.fill("sources.nearest",
                    Map.of("quote", c.quote(), "source", ReplyTemplates.source(c)))));
        }
        return String.join("\n", lines);
    }

    private String command(String text) {
        String name = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return switch (name) {
            case "/aide", "/help", "/start" -> help();
            case "/sources" -> sources();
            default -> templates.fill("command.unknown", Map.of("command", name));
        };
    }

    /**
     * The help text: what the bot does, the kinds of questions it answers, examples it answers on
     * the articles loaded, follow-ups and commands; worded by the {@code help.*} templates.
     */
    public String help() {
        return help(exampleQuestions(), List.of());
    }

    /**
     * The help text with {@code examples} as its examples (a deployer's own, or the corpus' own
     * from {@link #exampleQuestions()}) and, after the commands, the lines of the templates
     * {@code frontEndKeys}: what only one front end offers (« /quitter » in the console, groups on
     * Telegram).
     * A template left empty drops its line.
     */
    public String help(List<String> examples, List<String> frontEndKeys) {
        List<String> lines = new ArrayList<>();
        lines.add(templates.fill("help.intro", Map.of("n", Integer.toString(bots.get().corpus().documents().size()))));
        lines.add(templates.fill("help.kinds", Map.of()));
        if (!examples.isEmpty()) {
            lines.add(templates.fill("help.examples", Map.of()));
            examples.forEach(e -> lines.add(templates.fill("help.example", Map.of("question", e))));
        }
        lines.add(templates.fill("help.followups", Map.of()));
        lines.add(templates.fill("help.commands", Map.of()));
        frontEndKeys.forEach(key -> lines.add(templates.fill(key, Map.of())));
        lines.removeIf(String::isBlank);
        return String.join("\n", lines);
    }

    /** The templates this engine words its replies with: a front end words its own messages with them too. */
    public ReplyTemplates templates() {
        return templates;
    }

    /**
     * Whether {@code message} asks for the help text: « /aide », « /help » (any case), or a question
     * about the bot itself (« tu es qui ? », {@link AboutTheBot}), which a front end answers with
     * its own help as it does the command.
     */
    public static boolean asksForHelp(String message) {
        String name = message == null ? "" : message.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return name.equals("/aide") || name.equals("/help")
                || AboutTheBot.classify(message).filter(t -> t == AboutTheBot.Topic.HELP).isPresent();
    }

    /** The articles the bot knows: title, outlet and date when known. */
    public String sources() {
        List<String> lines = new ArrayList<>();
        lines.add(templates.fill("articles", Map.of("n", Integer.toString(bots.get().corpus().documents().size()))));
        for (Document d : bots.get().corpus().documents()) {
            StringBuilder line = new StringBuilder("• ").append(d.title());
            List<String> meta = new ArrayList<>();
            d.outlet().ifPresent(meta::add);
            d.date().map(ReplyTemplates::frenchDate).ifPresent(meta::add);
            if (!meta.isEmpty()) {
                line.append(" (").append(String.join(", ", meta)).append(')');
            }
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /**
     * Up to four example questions of different kinds built from the corpus and answered by it
     * with the fact their sentence states (see {@link ExampleQuestions}); computed once, on first use.
     */
    public List<String> exampleQuestions() {
        List<String> built = examples;
        if (built == null) {
            synchronized (this) {
                if (examples == null) {
                    examples = ExampleQuestions.from(bots.get(), EXAMPLES);
                }
                built = examples;
            }
        }
        return built;
    }

    /** How to ask, for greetings and help: the corpus' own examples, or the question words. */
    private String example() {
        List<String> built = exampleQuestions();
        return built.isEmpty() ? templates.line("examples.none")
                : "« " + String.join(" », « ", built) + " »";
    }
}
