package org.citebot.chat.followup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Present and imperfect forms of the verbs questions use most, so that « et maintenant ? »
 * after « combien de membres comptait le club ? » asks « combien de membres compte le club »,
 * and « et avant ? » after a present question asks in the imperfect, as a French speaker would
 * write it out. Only the first finite verb of a question changes; a verb not listed stays.
 */
final class Tenses {

    /** Present, then imperfect, third persons singular and plural. */
    private static final String[][] FORMS = {
            {"a", "avait"}, {"ont", "avaient"}, {"est", "était"}, {"sont", "étaient"}, {"compte", "comptait"},
            {"comptent", "comptaient"}, {"doit", "devait"}, {"doivent", "devaient"}, {"peut", "pouvait"},
            {"peuvent", "pouvaient"}, {"fait", "faisait"}, {"font", "faisaient"}, {"dit", "disait"},
            {"va", "allait"}, {"vont", "allaient"}, {"reste", "restait"}, {"restent", "restaient"},
            {"dirige", "dirigeait"}, {"dirigent", "dirigeaient"}, {"occupe", "occupait"}, {"trouve", "trouvait"},
            {"vient", "venait"}, {"veut", "voulait"}, {"sait", "savait"}, {"prend", "prenait"}, {"met", "mettait"},
            {"emploie", "employait"}, {"possède", "possédait"}, {"représente", "représentait"},
            {"travaille", "travaillait"}, {"habite", "habitait"}, {"vit", "vivait"}};

    private static final Map<String, String> TO_PRESENT = new HashMap<>();
    private static final Map<String, String> TO_IMPERFECT = new HashMap<>();

    static {
        for (String[] f : FORMS) {
            TO_IMPERFECT.put(org.citebot.text.Folding.fold(f[0]), f[1]);
            TO_PRESENT.put(org.citebot.text.Folding.fold(f[1]), f[0]);
        }
    }

    /** Times that ask in the present, and times that ask in the imperfect. */
    private static final Set<String> NOW = Set.of("maintenant", "aujourd'hui", "actuellement", "desormais",
            "present", "moment");
    private static final Set<String> BEFORE = Set.of("avant", "auparavant", "autrefois", "jadis", "epoque", "origine",
            "depart", "initialement");

    private Tenses() {
    }

    /** « avait-t-elle » → « avait-elle », « a-elle » → « a-t-elle »: the « t » only between two vowels. */
    private static Words euphony(Words q, int verb) {
        if (verb + 1 >= q.size() || !q.get(verb + 1).inversion()) {
            return q;
        }
        String inv = q.get(verb + 1).typed();
        String k = q.key(verb);
        boolean vowel = !k.isEmpty() && "aeiou".indexOf(k.charAt(k.length() - 1)) >= 0;
        String pronoun = inv.startsWith("-t-") ? inv.substring(3) : inv.substring(1);
        if (pronoun.equals("ce") || pronoun.equals("je") || pronoun.equals("tu") || pronoun.equals("nous")
                || pronoun.equals("vous")) {
            return q;
        }
        return q.replace(verb + 1, verb + 2, Words.of(List.of(Words.Word.of((vowel ? "-t-" : "-") + pronoun))));
    }

    /** {@code q} with its first finite verb in the tense {@code time} asks in, if it calls for one. */
    static Words agree(Words q, Words time) {
        boolean now = time.list().stream().anyMatch(w -> NOW.contains(w.key()));
        boolean before = time.size() <= 3 && time.list().stream().anyMatch(w -> BEFORE.contains(w.key()));
        if (now == before) {
            return q;
        }
        Map<String, String> table = now ? TO_PRESENT : TO_IMPERFECT;
        for (int i = 0; i < q.size(); i++) {
            Words.Word w = q.get(i);
            if (FunctionWords.FINITE.contains(w.key()) || TO_PRESENT.containsKey(w.key()) || TO_IMPERFECT.containsKey(w.key())) {
                if (w.key().equals("a") && !FunctionWords.verb(w)) {
                    continue; // « à »
                }
                String other = table.get(w.key());
                return other == null ? q : euphony(q.replace(i, i + 1, Words.of(other)), i);
            }
        }
        return q;
    }
}
