package org.citebot.answer.candidate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citebot.config.ConfigDir;
import org.citebot.question.AnswerType;
import org.citebot.text.Folding;
import java.util.Optional;

/**
 * Names a deployer knows to be places or organisations ({@code config/places.txt},
 * {@code config/organizations.txt}, one name a line). They settle what the text alone cannot:
 * « Lyon » is a place, « AFP » an organisation. Matching ignores case and accents.
 */
public final class Gazetteer {

    private final Set<String> places;
    private final Set<String> organizations;

    public Gazetteer(List<String> places, List<String> organizations) {
        this.places = keys(places);
        this.organizations = keys(organizations);
    }

    public static Gazetteer load(ConfigDir config) {
        return new Gazetteer(config.lines("places.txt"), config.lines("organizations.txt"));
    }

    /** The kind a listed name is: PLACE, ORGANIZATION, or empty when it is not listed. */
    public Optional<AnswerType> kindOf(String name) {
        String k = Folding.fold(name);
        if (places.contains(k)) {
            return Optional.of(AnswerType.PLACE);
        }
        if (organizations.contains(k)) {
            return Optional.of(AnswerType.ORGANIZATION);
        }
        return Optional.empty();
    }

    private static Set<String> keys(List<String> names) {
        Set<String> out = new HashSet<>();
        names.forEach(n -> out.add(Folding.fold(n)));
        return Set.copyOf(out);
    }
}
