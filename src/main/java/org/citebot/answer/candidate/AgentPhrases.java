package org.citebot.answer.candidate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citebot.answer.Candidate;
import org.citebot.index.ScoredPassage;
import org.citebot.question.AnswerType;
import org.citebot.question.Question;
import org.citebot.question.TypedNouns;
import org.citebot.text.Folding;
import org.citebot.text.RegionMemo;
import org.citebot.text.Span;

/**
 * Candidates for « qui » questions that are not names: the agent of a passive, the noun phrase
 * after « par » (« découverte par des marins portugais », « le capital est tenu par ses
 * membres »). People are often named by what they are rather than by their names; the phrase
 * runs as far as a locative one ({@link LocativePhrases}) and fits less than a name of a person.
 *
 * <p>« par » also introduces means (« par la fourniture de matériel », « par la suite »): a
 * singular agent is kept only when its noun names a person (« par le roi ») or is a name; a
 * plural one (« par les troupes ») mostly names a group of people and is kept.
 */
final class AgentPhrases {

    static final double FIT = 0.3;

    /** « par » and the determiner that opens the agent: the phrase keeps the determiner. */
    private static final Pattern AGENT = Pattern.compile(
            "(?<![\\p{L}])par\\s+(?=(?:les|des|ses|leurs|le|la|un|une|son|sa|leur|ce|cet|cette|ces)\\s|l['’])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The phrase's first word, its determiner. */
    private static final Pattern DETERMINER = Pattern.compile("^\\S+?(?:['’]|\\s+)");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s'’]+");
    private static final Set<String> PLURAL = Set.of("les", "des", "ses", "leurs", "ces");
    private static final TypedNouns NOUNS = TypedNouns.load();

    private AgentPhrases() {
    }

    /**
     * Agents found per sentence: they depend on the sentence alone, and passages come back
     * question after question.
     */
    private static final RegionMemo<Found> FOUND = new RegionMemo<>();

    /**
     * An agent a sentence holds, before the question's filter.
     *
     * @param span   the phrase, its determiner included
     * @param phrase the phrase's text
     * @param key    its noun, folded
     * @param words  its content words ({@link LocativePhrases#contentWords(String)})
     */
    private record Found(Span span, String phrase, String key, List<String> words) {
    }

    static List<Candidate> candidates(Question question, String text, ScoredPassage passage, Set<String> asked,
                                      String foldedQuestion) {
        List<Candidate> out = new ArrayList<>();
        for (Found f : FOUND.get(text, passage.passage().sentence(), AgentPhrases::find)) {
            if (LocativePhrases.informative(f.words(), asked, foldedQuestion)) {
                out.add(new Candidate(question.type(), f.phrase(), f.key(), passage, f.span(), FIT)
                        .withOrigin(Candidate.Origin.PHRASE));
            }
        }
        return out;
    }

    /** The agents of {@code sentence} that may be people, whatever the question. */
    private static List<Found> find(String text, Span sentence) {
        List<Found> out = new ArrayList<>();
        Matcher m = AGENT.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int end = LocativePhrases.phraseEnd(text, m.end(), sentence.end());
            if (end <= m.end()) {
                continue;
            }
            String phrase = text.substring(m.end(), end).strip();
            String noun = DETERMINER.matcher(phrase).replaceFirst("");
            if (noun.isEmpty() || LocativePhrases.pronoun(noun) || !aboutPeople(phrase, noun)) {
                continue;
            }
            out.add(new Found(new Span(m.end(), end), phrase, Folding.fold(noun),
                    LocativePhrases.contentWords(phrase)));
        }
        return out;
    }

    /** Whether the agent may be people: plural, a name, or a noun of a person's role or kind. */
    static boolean aboutPeople(String phrase, String noun) {
        String determiner = Folding.fold(WORD_BREAK.split(phrase)[0]);
        String head = WORD_BREAK.split(noun)[0];
        return PLURAL.contains(determiner) || !head.isEmpty() && Character.isUpperCase(head.charAt(0))
                || NOUNS.typeOf(Folding.fold(head)).filter(t -> t == AnswerType.PERSON).isPresent();
    }
}
