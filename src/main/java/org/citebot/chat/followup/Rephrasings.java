package org.citebot.chat.followup;

import java.util.Map;
import java.util.regex.Pattern;
import org.citebot.text.Folding;

/**
 * The fixed wordings of follow-ups, each rewritten into the shape the general mechanisms of
 * {@link FollowUps} read (swap, time, question word, pronoun, anaphor): « et pour 2018 ? » is
 * « et en 2018 ? », « à cause de quoi ? » is « pourquoi ? », « la date ? » is « quand ? », « il
 * est qui ? » is « c'est qui ? », « ce dernier a dit quoi ? » is « il a dit quoi ? », « elle a
 * décidé quoi, l'Agence ? » is « l'Agence, elle a décidé quoi ? ». Each pattern below names
 * one such wording; {@link #of} applies them in order, some ending the reading (a whole message
 * that is one of these wordings), others changing part of it and going on.
 *
 * <p>Stateless and thread-safe.
 */
final class Rephrasings {

    private Rephrasings() {
    }

    /** « non, je voulais dire l'Agence », « pareil pour l'Agence »: a correction is « et l'Agence ». */
    private static final Pattern CORRECTION = Pattern.compile(
            "(?iu)^(?:(?:non|ah non|pardon|oups)[\\s,.!]+)?(?:je (?:voulais|veux) dire|je parlais|je parle|plut[oô]t)[\\s,:]+");
    private static final Pattern SAME_QUESTION = Pattern.compile(
            "(?iu)^(?:et )?(?:m[eê]me (?:question|chose)|pareil|idem|la m[eê]me(?: question| chose)?)[\\s,:]+(pour|avec|à|a|en|sur|de|du|des|chez|au|aux)\\b");

    /** « il y en avait combien avant ? », « combien y en a-t-il ? »: « en » is what the last « combien » counted. */
    private static final Pattern HOW_MANY_OF_THEM = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:(?:il\\s+)?y\\s+en\\s+(?:a|avait|aura|aurait)(?:-t-il)?\\s+combien"
                    // « ils étaient combien avant ? », « combien étaient-ils ? »: the ones counted
                    + "|(?:ils|elles)\\s+(?:étaient|etaient|sont|seront|seraient|restent|restaient)\\s+combien"
                    // « c'était combien avant ? »: the last count at another time
                    + "|(?:c'était|c'etait|c’était|ça\\s+faisait|ca\\s+faisait)\\s+combien"
                    + "|combien\\s+(?:étaient|etaient|sont|seront)-(?:ils|elles)"
                    + "|combien\\s+(?:il\\s+)?y\\s+en\\s+(?:a|avait|aura|aurait)(?:-t-il|-il)?)(?=[\\s?!.]|$)\\s*");

    /** « avant, c'était combien ? », « et en 2018 c'était combien ? »: the time first, then the count asked again. */
    private static final Pattern TIME_THEN_HOW_MANY = Pattern.compile(
            "(?iu)^(?:et\\s+)?(avant|après|apres|maintenant|aujourd'hui|ensuite|en\\s+\\d{4})\\s*,?\\s*(?:c'était|c'etait|c’était"
                    + "|c'est|ça\\s+faisait|ca\\s+faisait|il\\s+y\\s+en\\s+avait|(?:ils|elles)\\s+(?:étaient|etaient|sont))\\s+combien[\\s?!.]*$");

    /** Verbs of a count of what something holds: « compte », « y a-t-il », « sont ». */
    private static final Pattern HOLDS = Pattern.compile(
            "\\b(compt\\w*|y a|y avait|y aura|a-t-il|sont|etaient|seront|reste\\w*|regroup\\w*|emploi\\w*)\\b");

    /**
     * « elle a décidé quoi, l'Agence ? »: a subject pronoun whose phrase comes after a comma at
     * the end, put in front so that the pronoun has it to stand for (« l'Agence, elle… »).
     */
    private static final Pattern RIGHT_DISLOCATION = Pattern.compile(
            "(?iu)^((?:et\\s+)?(?:.*?\\s)?(?:il|elle|ils|elles|\\S+-t-(?:il|elle)|\\S+-(?:il|elle|ils|elles))\\s[^,]*?)\\s*,\\s*"
                    + "((?:le|la|les|cette|ce|cet|ces)\\s+[^,?]+|l['’][^,?]+|\\p{Lu}[^,?]*)[\\s?!.]*$");

    /** « ce gars », « cette dame »: someone just named, said with a noun. */
    private static final String SOMEONE = "(?:ce|cette)\\s+(?:gars|type|mec|monsieur|homme|femme|dame|personne|personnage"
            + "|bonhomme|dernier|dernière|derniere)";
    /**
     * « il est qui ? », « qui est-ce ? », « c'est qui, lui ? »: who the one just named is, read as
     * « c'est qui ? » (the name answered, else the one name of the last question).
     */
    private static final Pattern WHO_IS_THAT = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:(?:il|elle)\\s+(?:est|était|etait)\\s+qui|qui\\s+(?:est|était|etait)-(?:t-)?(?:il|elle)"
                    + "|qui\\s+est-ce|(?:lui|elle)\\s*,?\\s*(?:c'|c’)est\\s+qui|qui\\s+c(?:'|’)est,?\\s+(?:lui|elle)"
                    + "|(?:c'|c’)est\\s+qui\\s*,?\\s*(?:lui|elle|celui-ci|celle-ci|celui-là|celle-là)"
                    // « c'est qui ce gars ? », « qui est cette dame ? », « ce type, c'est qui ? »
                    + "|(?:(?:c'|c’)est\\s+qui|qui\\s+est|qui\\s+c(?:'|’)est|(?:il|elle)\\s+est\\s+qui)\\s*,?\\s*" + SOMEONE
                    + "|" + SOMEONE + "\\s*,?\\s*(?:(?:c'|c’)est\\s+qui|(?:il|elle)\\s+est\\s+qui))"
                    + "(?:\\s+(?:exactement|déjà|deja|au\\s+juste|donc))?[\\s?!.]*$");
    /** « c'est-à-dire ? », « à savoir ? » after a question about someone: who that is. */
    private static final Pattern MEANING = Pattern.compile(
            "(?iu)^(?:(?:c'|c’)est[- ]à[- ]dire|c'est a dire|à savoir|a savoir|cad|càd|comment ça|comment ca"
                    + "|(?:ça|ca|cela) veut dire quoi|qu'est-ce que (?:ça|cela) veut dire)[\\s?!.]*$");
    /** The demonstrative pronouns that stand for the last one named (a regular-expression alternation). */
    private static final String DEMONSTRATIVE_PRONOUNS = "ce dernier|celui-ci|celui-là|cette dernière|celle-ci|celle-là"
            + "|ces derniers|ceux-ci|ceux-là|ces dernières|celles-ci|celles-là";
    /**
     * « ce dernier », « celui-ci » opening a message stand for the last one named, as « il »
     * does: « ce dernier a dit quoi ? » is « il a dit quoi ? ».
     */
    private static final Pattern DEMONSTRATIVE_SUBJECT = Pattern.compile(
            "(?iu)^(et\\s+)?(" + DEMONSTRATIVE_PRONOUNS + ")(?=\\s+\\p{L})");

    /** « occupe ce dernier » closing a question: the demonstrative as the inverted subject of the verb before it. */
    private static final Pattern DEMONSTRATIVE_AFTER_VERB = Pattern.compile(
            "(?iu)(?<=\\s)(\\p{L}+)\\s+(" + DEMONSTRATIVE_PRONOUNS + ")(?=[\\s?!.]*$)");

    /** The personal pronoun a demonstrative one stands as: « celle-ci » → « elle », « ces derniers » → « ils ». */
    private static String pronounFor(String demonstrative) {
        String d = Folding.fold(demonstrative);
        boolean plural = d.startsWith("ces") || d.startsWith("ceux") || d.startsWith("celles");
        boolean feminine = d.contains("derniere") || d.startsWith("celle");
        return (feminine ? "elle" : "il") + (plural ? "s" : "");
    }

    /** « pour quoi faire ? », « à cause de quoi ? », « pourquoi eux ? »: why, about the last fact. */
    private static final Pattern WHY = Pattern.compile(
            "(?iu)^(?:et\\s+|mais\\s+|ah\\s+bon\\s*,?\\s*)?(?:pour\\s+quoi\\s+faire|à\\s+cause\\s+de\\s+quoi|a\\s+cause\\s+de\\s+quoi"
                    + "|en\\s+réponse\\s+à\\s+quoi|en\\s+reponse\\s+a\\s+quoi|pour\\s+quel\\s+motif|comment\\s+ça\\s+se\\s+fait"
                    + "|suite\\s+à\\s+quoi|suite\\s+a\\s+quoi|à\\s+la\\s+suite\\s+de\\s+quoi|a\\s+la\\s+suite\\s+de\\s+quoi"
                    + "|en\\s+raison\\s+de\\s+quoi"
                    + "|pourquoi\\s+(?:lui|elle|eux|elles|donc|cela|ça|ca)(?:\\s+(?:exactement|au\\s+juste))?)[\\s?!.]*$");
    /** « et avant lui ? », « et après elle ? »: the last question before or after the one answered. */
    private static final Pattern BEFORE_OR_AFTER_THEM = Pattern.compile(
            "(?iu)^(et\\s+)?(avant|après|apres)\\s+(?:lui|elle|eux|elles|ça|ca|cela)[\\s?!.]*$");

    /** « la raison ? », « la date ? », « le lieu ? »: a bare noun naming the kind of answer is its question word. */
    private static final Map<String, String> KIND_NOUNS = Map.ofEntries(Map.entry("raison", "pourquoi"),
            Map.entry("raisons", "pourquoi"), Map.entry("motif", "pourquoi"), Map.entry("motifs", "pourquoi"),
            Map.entry("cause", "pourquoi"), Map.entry("causes", "pourquoi"), Map.entry("date", "quand"),
            Map.entry("jour", "quand"), Map.entry("annee", "en quelle année"), Map.entry("lieu", "où"),
            Map.entry("endroit", "où"), Map.entry("nombre", "combien"), Map.entry("chiffre", "combien"));
    private static final Pattern KIND_NOUN = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:la|le|les|l'|l’)\\s*(\\p{L}+)(?:\\s+(?:exacte?|précise?|precise?))?[\\s?!.]*$");
    /** « qui a annoncé ça ? », « il a dit ça quand ? »: « ça » after a past participle is the object « l' ». */
    private static final Pattern PARTICIPLE_CA = Pattern.compile(
            "(?iu)(?<=^|\\s)(a|ont|avait|avaient)\\s+(\\p{L}+(?:é|és|ée|ées|i|is|it|u|us))\\s+(?:ça|cela|ca)(?=[\\s?!.]|$)");
    /** « et en 2018, combien ? »: the question word of the last question after the new words adds nothing. */
    private static final Pattern TRAILING_SAME_WORD = Pattern.compile(
            "(?iu)^(et\\s+[^,]+?)\\s*,\\s*(combien|quand|où|qui|pourquoi)[\\s?!.]*$");

    /**
     * « et combien en 2018 ? », « et qui à Lyon ? »: the last question's own question word in
     * front of the new words adds nothing (« et en 2018 ? »).
     */
    private static final Pattern LEADING_SAME_WORD = Pattern.compile(
            "(?iu)^et\\s+(combien|quand|où|qui|pourquoi)\\s+((?:en|pour|avant|après|apres|depuis|à|a|au|aux|dans|chez|sur|cette|ce)\\s.*?)[\\s?!.]*$");
    /**
     * « elle est où cette usine ? »: a subject pronoun taken up by a demonstrative phrase at the
     * end, which is the subject (« cette usine est où ? »).
     */
    private static final Pattern DEMONSTRATIVE_TAKEN_UP = Pattern.compile(
            "(?iu)^(et\\s+)?(?:il|elle|ils|elles)\\s+(\\S.*?)\\s*,?\\s+((?:ce|cette|cet|ces)\\s+(?!(?:jour|année|annee|mois|fois"
                    + "|matin|soir|semaine|moment|époque|epoque|date|gars|type|mec|monsieur|homme|femme|dame|personne)\\b)\\p{L}[\\p{L}-]*)[\\s?!.]*$");

    /** « d'accord, et pourquoi ? », « merci ! et en 2018 ? »: an acknowledgement before the follow-up says nothing. */
    private static final Pattern ACKNOWLEDGED = Pattern.compile(
            "(?iu)^(?:(?:ah|oh)\\s+)?(?:d'accord|d’accord|merci(?:\\s+beaucoup)?|ok(?:ay)?|super|parfait|top|cool|très bien"
                    + "|tres bien|je vois|compris|entendu|intéressant|interessant|génial|genial|bien|bon|oui|ouais)\\s*[,.!;]+\\s*(?=\\S)");
    /** « et pour 2018 ? », « et pendant l'année 2018 ? »: a year after another preposition is « en » that year. */
    private static final Pattern FOR_YEAR = Pattern.compile(
            "(?iu)^(et\\s+)?(?:pour|pendant|durant|sur|courant)\\s+(?:l'année\\s+|l’année\\s+|l'an\\s+)?(\\d{4})[\\s?!.]*$");
    /** « et ensuite ? », « et puis ? », « et plus tard ? »: after the last time. */
    private static final Pattern THEN = Pattern.compile("(?iu)^et\\s+(?:ensuite|puis|plus\\s+tard|par\\s+la\\s+suite)[\\s?!.]*$");
    /** « et la fois d'avant ? », « la fois suivante ? »: the last question at the time before or after. */
    private static final Pattern OTHER_TIME = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:la|l')\\s*(?:fois|occasion)\\s+(d'avant|d’avant|précédente|precedente|d'après|d’après|d'apres|suivante)[\\s?!.]*$");
    /** « ça date de quand ? », « ça remonte à quand ? »: when, about the last fact. */
    private static final Pattern DATES_FROM = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:ça|ca|cela|c'|c’)\\s*(?:date|datait|remonte|remontait)\\s+(?:de|à|a)\\s+quand[\\s?!.]*$");
    /** « depuis combien de temps ? »: since when, as a person writes it out (« depuis quand … ? »). */
    private static final Pattern HOW_LONG_SINCE = Pattern.compile(
            "(?iu)^(?:et\\s+)?depuis\\s+combien\\s+de\\s+temps"
                    + "(?:\\s+(?:déjà|deja|exactement|au\\s+juste))?[\\s?!.]*$");
    /** « ça commence quand ? », « ça prend effet quand ? »: from when, about the last fact. */
    private static final Pattern STARTS_WHEN = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:ça|ca|cela|c'|c’)\\s*(?:commence|a\\s+commencé|a\\s+commence|débute|debute|a\\s+débuté"
                    + "|a\\s+debute|démarre|demarre|prend\\s+effet|entre\\s+en\\s+vigueur|s'applique|s’applique)\\s+(?:à\\s+partir\\s+de\\s+|a\\s+partir\\s+de\\s+)?quand[\\s?!.]*$");
    /** « ça finit quand ? », « ça dure jusqu'à quand ? »: until when, about the last fact. */
    private static final Pattern ENDS_WHEN = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:ça|ca|cela|c'|c’)\\s*(?:finit|se\\s+termine|s'arrête|s'arrete|s’arrête|prend\\s+fin|dure)"
                    + "\\s+(?:jusqu'à\\s+|jusqu’à\\s+|jusqu'a\\s+)?quand[\\s?!.]*$");
    /** « c'est Dupont qui l'a annoncé ? »: a cleft asks whether the one named did it, « Dupont l'a annoncé ? ». */
    private static final Pattern CLEFT = Pattern.compile(
            "(?iu)^(et\\s+)?(?:c'|c’)est\\s+(?!qui\\b|quoi\\b|quand\\b|où\\b|ou\\b|pour\\b|à\\b|a\\b|ça\\b|ca\\b)(\\S+(?:\\s+\\S+)?)\\s+qui\\s+(.+)$");
    /** « il l'a fait quand ? », « elle l'a fait où ? »: the question word about the last fact, what was done. */
    private static final Pattern DID_IT = Pattern.compile(
            "(?iu)^(?:et\\s+)?(?:il|elle|ils|elles|on)\\s+l['’](?:a|ont|avait|avaient)\\s+(?:fait|fait\\s+ça|fait\\s+ca)\\s+"
                    + "(quand|où|comment|pourquoi)[\\s?!.]*$");
    /** « pourquoi l'Agence a fait ça ? », « pourquoi ont-ils fait ça ? »: « faire ça » is the last fact. */
    private static final Pattern DID_THAT = Pattern.compile(
            "(?iu)^(?:et\\s+)?(pourquoi|comment|quand|où)\\s+(?:[^?]{0,40}?\\s)?(?:a|ont|avait|avaient|a-t-\\p{L}+|ont-\\p{L}+"
                    + "|avait-\\p{L}+|avaient-\\p{L}+)\\s+(?:fait|décidé|decide|agi)\\s+(?:ça|ca|cela)[\\s?!.]*$");

    /**
     * {@code text} in the shape the follow-up rules read, {@code previousQuestion} being the last
     * question (for the rewrites that depend on what it asked); {@code text} itself when no
     * rewrite applies. Never throws on user text.
     */
    static String of(String text, String previousQuestion) {
        text = ACKNOWLEDGED.matcher(text).replaceFirst("");
        java.util.regex.Matcher forYear = FOR_YEAR.matcher(text);
        if (forYear.matches()) {
            return "et en " + forYear.group(2) + " ?";
        }
        java.util.regex.Matcher otherTime = OTHER_TIME.matcher(text);
        if (otherTime.matches()) {
            return Folding.fold(otherTime.group(1)).matches("d.apres|suivante") ? "et après ?" : "et avant ?";
        }
        if (DATES_FROM.matcher(text).matches()) {
            return "quand ?";
        }
        if (HOW_LONG_SINCE.matcher(text).matches()) {
            return "depuis quand ?";
        }
        if (STARTS_WHEN.matcher(text).matches()) {
            return "à partir de quand ?";
        }
        if (ENDS_WHEN.matcher(text).matches()) {
            return "jusqu'à quand ?";
        }
        java.util.regex.Matcher cleft = CLEFT.matcher(text);
        if (cleft.matches()) {
            text = (cleft.group(1) == null ? "" : cleft.group(1)) + cleft.group(2) + " " + cleft.group(3);
        }
        if (THEN.matcher(text).matches()) {
            return "et après ?";
        }
        java.util.regex.Matcher didIt = DID_IT.matcher(text);
        if (didIt.matches()) {
            return didIt.group(1) + " ?";
        }
        java.util.regex.Matcher didThat = DID_THAT.matcher(text);
        if (didThat.matches()) {
            return didThat.group(1) + " ?";
        }
        java.util.regex.Matcher kindNoun = KIND_NOUN.matcher(text);
        if (kindNoun.matches() && KIND_NOUNS.containsKey(Folding.fold(kindNoun.group(1)))) {
            return KIND_NOUNS.get(Folding.fold(kindNoun.group(1))) + " ?";
        }
        java.util.regex.Matcher leading = LEADING_SAME_WORD.matcher(text);
        if (leading.matches() && QuestionFrame.of(Words.of(previousQuestion == null ? "" : previousQuestion)).kind()
                == QuestionFrame.of(Words.of(leading.group(1))).kind()) {
            text = "et " + leading.group(2) + " ?";
        }
        java.util.regex.Matcher trailing = TRAILING_SAME_WORD.matcher(text);
        if (trailing.matches() && QuestionFrame.of(Words.of(previousQuestion == null ? "" : previousQuestion)).kind()
                == QuestionFrame.of(Words.of(trailing.group(2))).kind()) {
            text = trailing.group(1) + " ?";
        }
        text = PARTICIPLE_CA.matcher(text).replaceFirst("l'$1 $2");
        if (WHY.matcher(text).matches()) {
            return "pourquoi ?";
        }
        java.util.regex.Matcher around = BEFORE_OR_AFTER_THEM.matcher(text);
        if (around.matches()) {
            return "et " + around.group(2) + " ?"; // « et avant lui ? » is « et avant ? »
        }
        java.util.regex.Matcher demonstrative = DEMONSTRATIVE_SUBJECT.matcher(text);
        if (demonstrative.find()) {
            String pronoun = pronounFor(demonstrative.group(2));
            text = (demonstrative.group(1) == null ? "" : demonstrative.group(1)) + pronoun + text.substring(demonstrative.end());
        }
        java.util.regex.Matcher inverted = DEMONSTRATIVE_AFTER_VERB.matcher(text);
        if (inverted.find() && !FollowUps.OPENERS.contains(Folding.fold(inverted.group(1)))
                && !FunctionWords.preposition(Folding.fold(inverted.group(1)))
                && !FunctionWords.determiner(Folding.fold(inverted.group(1)))) {
            // « quel poste occupe ce dernier ? » is « quel poste occupe-t-il ? »
            String pronoun = pronounFor(inverted.group(2));
            String verb = inverted.group(1);
            String link = verb.matches("(?iu).*[aeé]") && !pronoun.endsWith("s") ? "-t-" : "-";
            text = text.substring(0, inverted.start()) + verb + link + pronoun + text.substring(inverted.end());
        }
        if (WHO_IS_THAT.matcher(text).matches()) {
            return "c'est qui ?";
        }
        if (MEANING.matcher(text).matches() && QuestionFrame.of(Words.of(previousQuestion == null ? "" : previousQuestion))
                .kind() == QuestionFrame.Kind.PERSON) {
            return "c'est qui ?";
        }
        java.util.regex.Matcher timeFirst = TIME_THEN_HOW_MANY.matcher(text);
        if (timeFirst.matches() && QuestionFrame.of(Words.of(previousQuestion == null ? "" : previousQuestion)).kind()
                == QuestionFrame.Kind.QUANTITY) {
            return "et " + timeFirst.group(1) + " ?";
        }
        java.util.regex.Matcher many = HOW_MANY_OF_THEM.matcher(text);
        boolean theyWere = many.find() && Folding.fold(many.group()).matches("(?s).*\\b(ils|elles)\\b.*");
        // « ils étaient combien avant ? » asks the last count at another time only after a count of
        // what something holds (« combien de personnes compte l'équipe ? »), not of an event's
        // (« combien d'élèves ont quitté l'école ? »: « ils » are those who left)
        boolean holds = HOLDS.matcher(Folding.fold(previousQuestion == null ? "" : previousQuestion)).find();
        if (many.find(0) && (!theyWere || holds) && QuestionFrame.of(Words.of(previousQuestion == null ? "" : previousQuestion)).kind()
                == QuestionFrame.Kind.QUANTITY) {
            String rest = text.substring(many.end()).replaceAll("[\\s?!.]+$", "");
            return rest.isBlank() ? "combien ?" : "et " + rest + " ?";
        }
        java.util.regex.Matcher takenUp = DEMONSTRATIVE_TAKEN_UP.matcher(text);
        if (takenUp.matches()) {
            text = (takenUp.group(1) == null ? "" : takenUp.group(1)) + takenUp.group(3) + " " + takenUp.group(2) + " ?";
        }
        java.util.regex.Matcher right = RIGHT_DISLOCATION.matcher(text);
        if (right.matches()) {
            text = right.group(2) + ", " + right.group(1) + " ?"; // « elle a décidé quoi, l'Agence ? »
        }
        String t = CORRECTION.matcher(text).replaceFirst("et ");
        return SAME_QUESTION.matcher(t).replaceFirst("et $1");
    }
}
