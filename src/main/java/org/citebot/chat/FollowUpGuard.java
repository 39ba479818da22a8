package org.citebot.chat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.answer.Finding;
import org.citebot.chat.followup.FollowUps;
import org.citebot.corpus.Document;
import org.citebot.text.Folding;

/**
 * Keeps a follow-up that changed the entity or the time (« et celui de la région ? », « et en
 * 2010 ? ») from being answered with what the articles say of the last one. Declined, with the
 * quoted sentence offered to read:
 * <ul>
 *   <li>a fact from a sentence that names what the follow-up swapped away, in a paragraph that
 *       never names what it brought in (« et celui de l'ONU ? » answered by « le secrétaire
 *       général de l'Agence, X »), whatever the last answer was;</li>
 *   <li>the fact just given again, from a sentence that names what the follow-up swapped away
 *       (« de la mairie ») or whose paragraph lacks what it brought in (« de l'ONU »);</li>
 *   <li>for a changed year, an answer from a paragraph that does not state that year, in an
 *       article not published that year.</li>
 * </ul>
 */
final class FollowUpGuard {

    private static final Pattern YEAR = Pattern.compile("(1[0-9]|20)[0-9]{2}");

    private FollowUpGuard() {
    }

    /**
     * {@code answer}, or a decline when it is the previous fact about something else, or a fact
     * of another year. {@code documents} gives the cited articles.
     */
    static Answer check(FollowUps.FollowUp followUp, Answer answer, Supplier<Optional<Answer>> previous,
                        Function<String, Optional<Document>> documents) {
        if (!answer.answered() || followUp.kind() == FollowUps.Kind.SOURCES) {
            return answer;
        }
        Finding now = answer.findings().get(0);
        if (repeated(followUp, now, previous)) {
            return declined(answer, now);
        }
        boolean changedWhatOrWhen = followUp.kind() == FollowUps.Kind.SWAP || followUp.kind() == FollowUps.Kind.TIME;
        if (followUp.kind() == FollowUps.Kind.QUESTION_WORD && !followUp.introduced().isEmpty()
                && now.citations().stream().noneMatch(c -> mentions(paragraph(c, documents), followUp.introduced()))) {
            // « dans le cadre de quelle affaire ? »: the noun the user typed is all that is theirs in
            // the question written out; an answer from a paragraph that never names it is about the
            // last question's words only
            return declined(answer, now);
        }
        if (!changedWhatOrWhen) {
            return answer;
        }
        List<String> years = followUp.introduced().stream().filter(w -> YEAR.matcher(w).matches()).toList();
        boolean otherYear = !years.isEmpty() && now.citations().stream().noneMatch(c -> ofYear(c, years, documents));
        boolean swapped = followUp.kind() == FollowUps.Kind.SWAP;
        boolean offTopic = now.citations().stream().allMatch(c -> !mentions(paragraph(c, documents), followUp.introduced())
                || swapped && mentionsAny(c.quote(), followUp.replaced()));
        // « et celui de l'ONU ? » answered from « le secrétaire général de l'Agence, X »: a sentence
        // naming what was swapped away, in a paragraph that never names what was swapped in, whether
        // or not the last question got that fact
        boolean strayed = swapped && !followUp.introduced().isEmpty() && !followUp.replaced().isEmpty()
                && now.citations().stream().allMatch(c -> !mentions(paragraph(c, documents), followUp.introduced())
                && mentionsAny(c.quote(), followUp.replaced()));
        if (strayed) {
            return declined(answer, now);
        }
        // the last answer only now: on a shared memory it may have to be answered again
        boolean aboutTheLast = offTopic && previous.get().filter(Answer::answered).map(p -> p.findings().get(0))
                .filter(before -> now.key().equals(before.key()) || Folding.fold(now.fact()).equals(Folding.fold(before.fact())))
                .isPresent();
        if (!otherYear && !aboutTheLast) {
            return answer;
        }
        return declined(answer, now);
    }

    /**
     * Whether {@code answer} gives the fact the last turn gave (same key or same folded fact):
     * another reading of a follow-up that asks the same thing must not answer with it.
     */
    static boolean lastFact(Answer answer, Supplier<Optional<Answer>> previous) {
        if (!answer.answered()) {
            return false;
        }
        Finding now = answer.findings().get(0);
        return previous.get().filter(Answer::answered).map(p -> p.findings().get(0))
                .filter(b -> now.key().equals(b.key()) || Folding.fold(now.fact()).equals(Folding.fold(b.fact())))
                .isPresent();
    }

    private static Answer declined(Answer answer, Finding now) {
        return new Answer(answer.question(), Answer.Outcome.DECLINED, List.of(), answer.confidence(),
                answer.passages(), List.of(now.citations().get(0)), answer.sentenceConfidence());
    }

    /**
     * The last fact given again: « pourquoi ? », « il a rencontré qui ? », « qui dirigeait l'école
     * alors ? » never ask for the fact they are about; « et avant ? » answered by the very
     * sentence and fact of the last answer is that answer again, not one of another time (a
     * named year is checked against the paragraph instead, without the last answer: on a shared
     * memory getting it may mean answering the last question again).
     */
    private static boolean repeated(FollowUps.FollowUp followUp, Finding now, Supplier<Optional<Answer>> previous) {
        FollowUps.Kind kind = followUp.kind();
        boolean relativeTime = kind == FollowUps.Kind.TIME
                && followUp.introduced().stream().noneMatch(w -> YEAR.matcher(w).matches());
        if (kind != FollowUps.Kind.PRONOUN && kind != FollowUps.Kind.QUESTION_WORD && kind != FollowUps.Kind.ANAPHOR
                && !relativeTime) {
            return false;
        }
        Optional<Finding> before = previous.get().filter(Answer::answered).map(p -> p.findings().get(0))
                .filter(b -> now.key().equals(b.key()) || Folding.fold(now.fact()).equals(Folding.fold(b.fact())));
        if (before.isEmpty()) {
            return false;
        }
        return switch (kind) {
            case PRONOUN, QUESTION_WORD, ANAPHOR -> true;
            case TIME -> now.citations().stream().anyMatch(c -> before.get().citations().stream()
                    .anyMatch(b -> b.docId().equals(c.docId()) && b.span().equals(c.span())));
            default -> false;
        };
    }

    private static boolean ofYear(Citation c, List<String> years, Function<String, Optional<Document>> documents) {
        return mentions(paragraph(c, documents), years)
                || c.date().map(d -> years.contains(Integer.toString(d.getYear()))).orElse(false);
    }

    private static String paragraph(Citation c, Function<String, Optional<Document>> documents) {
        return documents.apply(c.docId())
                .flatMap(d -> d.paragraphs().stream().filter(p -> p.contains(c.span())).findFirst().map(d::quote))
                .orElse(c.quote());
    }

    /** Whether {@code text} holds every word of {@code words} (by its first five letters). */
    private static boolean mentions(String text, List<String> words) {
        String folded = folded(text);
        return words.stream().allMatch(w -> folded.contains(" " + stem(w)));
    }

    /** Whether {@code text} holds one of {@code words} (by its first five letters). */
    private static boolean mentionsAny(String text, List<String> words) {
        String folded = folded(text);
        return words.stream().anyMatch(w -> w.length() > 2 && folded.contains(" " + stem(w)));
    }

    private static String folded(String text) {
        return " " + Folding.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    }

    /**
     * The key {@code w} is looked for by in a {@link #folded} text: folded the same way (a
     * hyphenated « vice-ministre » is « vice ministre » there), its last word cut to five letters.
     */
    private static String stem(String w) {
        String key = folded(w).trim().toLowerCase(Locale.ROOT);
        int last = key.lastIndexOf(' ') + 1;
        return key.length() - last > 5 ? key.substring(0, last + 5) : key;
    }
}
