package org.citebot.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French sentence splitting with ICU4J's sentence iterator, made fit for web news text.
 *
 * <p>ICU's French iterator with the {@code ss=standard} suppressions does not break after
 * « M. » (the JDK's and ICU's default ones do). Scraped news also glues sentences together
 * without a space (« …Durand.Le porte-parole… », even « programméeOctobre » where a heading
 * lost its line break): such seams are found first on the typographically normalised text and
 * treated as forced breaks, since no iterator breaks without a space.
 *
 * <p>Instances are thread-safe: each call clones the prototype iterator.
 */
public final class IcuSentenceSplitter implements SentenceSplitter {

    /** A lower-case letter (or closing quote/bracket) plus {@code .!?}, then an upper-case letter. */
    private static final Pattern GLUED_AFTER_STOP =
            Pattern.compile("(?<=[\\p{Ll}\"»)\\]][.!?])(?=[\\p{Lu}«\"])");

    /**
     * A word of four or more lower-case letters running straight into a capitalised word: a
     * heading glued to the next sentence. Four letters keep « McDonald » or « iPhone » whole.
     */
    private static final Pattern GLUED_HEADING = Pattern.compile("(?<=\\p{Ll}{4})(?=\\p{Lu}\\p{Ll})");

    private static final ULocale FRENCH_WITH_SUPPRESSIONS = new ULocale("fr@ss=standard");

    private final BreakIterator prototype = BreakIterator.getSentenceInstance(FRENCH_WITH_SUPPRESSIONS);

    @Override
    public List<Span> split(String text, Span region) {
        if (region.end() > text.length()) {
            throw new IllegalArgumentException("region " + region + " beyond text of length " + text.length());
        }
        PlainView plain = FrenchTypography.view(text);
        List<Span> out = new ArrayList<>();
        int segmentStart = region.start();
        for (int seam : seams(plain, region)) {
            splitSegment(plain, new Span(segmentStart, seam), out);
            segmentStart = seam;
        }
        splitSegment(plain, new Span(segmentStart, region.end()), out);
        return out;
    }

    private static List<Integer> seams(PlainView plain, Span region) {
        List<Integer> seams = new ArrayList<>();
        for (Pattern p : List.of(GLUED_AFTER_STOP, GLUED_HEADING)) {
            Matcher m = p.matcher(plain).region(region.start(), region.end());
            m.useTransparentBounds(true);
            while (m.find()) {
                seams.add(m.start());
            }
        }
        seams.sort(Integer::compare);
        return seams;
    }

    private void splitSegment(PlainView plain, Span segment, List<Span> out) {
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(plain.substring(segment.start(), segment.end()));
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            Span sentence = new Span(segment.start() + start, segment.start() + end).trim(plain);
            if (sentence.length() > 0) {
                out.add(sentence);
            }
        }
    }
}
