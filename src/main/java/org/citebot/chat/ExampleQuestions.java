package org.citebot.chat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.citebot.answer.QuantityExtractor;
import org.citebot.corpus.Document;
import org.citebot.qa.Citebot;
import org.citebot.text.FrenchNumbers;
import org.citebot.text.FrenchTypography;
import org.citebot.text.NumberMention;
import org.citebot.text.PlainView;
import org.citebot.text.Span;

/**
 * Example questions built from the corpus itself, for /start: « combien de … ? » for the things
 * the articles count, each kept only if citebot answers it. No list to maintain, and every
 * example shown works.
 */
public final class ExampleQuestions {

    private static final org.citebot.text.FrenchDates DATES = new org.citebot.text.FrenchDates();
    /** Words that follow numbers without being what they count. */
    private static final Set<String> NOT_COUNTED = Set.of("environ", "plus", "moins", "fois", "pour", "avec",
            "dont", "contre", "parmi", "selon", "euros", "dollars", "heures", "minutes", "jours", "mois", "ans");

    /** Questions tried at most, so that start-up stays quick on a large corpus. */
    static final int MAX_TRIES = 40;

    private ExampleQuestions() {
    }

    /** Up to {@code count} questions the bot answers, from different articles where possible. */
    public static List<String> from(Citebot bot, int count) {
        Set<String> tried = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        FrenchNumbers numbers = new FrenchNumbers();
        for (Document doc : bot.corpus().documents()) {
            PlainView plain = FrenchTypography.view(doc.text());
            for (Span paragraph : doc.paragraphs()) {
                if (kept.size() >= count || tried.size() >= MAX_TRIES) {
                    return kept;
                }
                String question = countingQuestion(doc, plain, paragraph, numbers);
                if (question != null && tried.add(question) && bot.answer(question).answered()) {
                    kept.add(question);
                    break; // next article
                }
            }
        }
        return kept;
    }

    /** « combien de membres ? » for the first counted noun of a paragraph, or null. */
    private static String countingQuestion(Document doc, PlainView plain, Span paragraph, FrenchNumbers numbers) {
        List<Span> dates = DATES.find(doc.text(), paragraph).stream().map(d -> d.span()).toList();
        for (NumberMention n : numbers.find(doc.text(), paragraph)) {
            if (n.ordinal() || n.percent() || n.yearLike(doc.text()) || dates.stream().anyMatch(d -> d.overlaps(n.span()))) {
                continue;
            }
            var noun = QuantityExtractor.countedNoun(plain, n.span().end(), paragraph.end());
            String word = noun.map(s -> s.of(doc.text()).toLowerCase(java.util.Locale.FRENCH)).orElse("");
            if (word.length() > 3 && !NOT_COUNTED.contains(word)) {
                String de = "aeiouyhéè".indexOf(word.charAt(0)) >= 0 ? "d'" : "de ";
                return "combien " + de + word + " ?";
            }
        }
        return null;
    }
}
