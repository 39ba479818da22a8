package org.citebot.chat.followup;

import java.util.List;
import java.util.Set;

/**
 * A changed time: « et en 2018 ? », « et maintenant ? », « et avant ? », « et l'année d'avant ? »
 * put the last question at that time, its own time expressions taken out and its verb in the
 * tense the new time asks ({@link Tenses}).
 */
final class TimeShifts {

    private final TimePhrases times;

    TimeShifts(TimePhrases times) {
        this.times = times;
    }

    Rewritten time(Words q, Words m) {
        Words t = m;
        int shift = TimePhrases.yearShift(m);
        if (shift != 0) {
            java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\b(1[0-9]|20)[0-9]{2}\\b").matcher(q.text());
            t = year.find() ? Words.of("en " + (Integer.parseInt(year.group()) + shift)) : m;
        }
        if (FunctionWords.DEMONSTRATIVES.containsKey(t.key(0))) {
            t = t.from(2); // « ceux de 2018 »
        }
        if (t.get(0).number() && t.key(0).length() == 4) {
            t = Words.of("en").plus(t);
        } else if (t.get(0).number() || t.key(0).equals("1er")) {
            t = Words.of("le").plus(t);
        }
        List<String> introduced = FunctionWords.content(t);
        List<TimePhrases.Span> spans = times.of(q);
        boolean bare = t.size() == 1 || t.size() == 2 && (t.key(1).equals("ca") || t.key(1).equals("cela"));
        if (bare && TimePhrases.RELATIVE.contains(t.key(0)) && !spans.isEmpty()) {
            Words was = spans.get(0).in(q);
            String k = was.key(0);
            if (Set.of("en", "depuis", "avant", "apres", "des", "jusqu'", "pendant", "vers").contains(k)) {
                t = t.sub(0, 1).plus(was.from(1));
            } else if (!TimePhrases.ADVERBS.contains(k) && !TimePhrases.RELATIVE.contains(k)) {
                t = t.sub(0, 1).plus(was);
            }
        }
        Words rest = q;
        for (int i = spans.size() - 1; i >= 0; i--) {
            rest = rest.replace(spans.get(i).start(), spans.get(i).end(), Words.of(""));
        }
        return new Rewritten(Tenses.agree(withoutCounts(rest), t).plus(t), introduced);
    }

    /**
     * « pourquoi la mairie a embauché 8 pompiers » asked again for another time (or of
     * another entity, {@link Swaps}): the count was the old one's answer, so « des pompiers ».
     */
    static Words withoutCounts(Words q) {
        Words out = q;
        for (int i = out.size() - 2; i >= 0; i--) {
            Words.Word w = out.get(i);
            boolean count = w.number() && !(w.key().length() == 4 && w.key().matches("(1[0-9]|20)[0-9]{2}"))
                    || QuotedFacts.NUMBER_WORDS.contains(w.key());
            boolean noun = NounPhrases.nominal(out.get(i + 1)) && !FunctionWords.MONTHS.contains(out.key(i + 1))
                    && !out.get(i + 1).number();
            if (count && noun && FunctionWords.determiner(out.key(i - 1))) {
                out = out.replace(i, i + 1, Words.of("")); // « les 8 pompiers » → « les pompiers »
            } else if (count && noun && !FunctionWords.preposition(out, i - 1)) {
                out = out.replace(i, i + 1, Words.of("des"));
            }
        }
        return out;
    }
}
