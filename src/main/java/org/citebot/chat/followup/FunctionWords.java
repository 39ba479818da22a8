package org.citebot.chat.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citebot.question.VerbForms;
import org.citebot.text.FrenchLexicon;

/**
 * The French closed word classes follow-ups are read with, as folded keys: determiners and the
 * gender and number they mark, prepositions, personal pronouns, question words, copulas and
 * auxiliaries. Knowledge of French grammar, not of any corpus.
 */
final class FunctionWords {

    private FunctionWords() {
    }

    /** Gender and number a determiner or pronoun marks; UNKNOWN agrees with anything. */
    enum Agreement {
        MASCULINE, FEMININE, PLURAL, SINGULAR, UNKNOWN;

        boolean agrees(Agreement other) {
            if (this == UNKNOWN || other == UNKNOWN) {
                return true;
            }
            if (this == PLURAL || other == PLURAL) {
                return this == other;
            }
            return this == SINGULAR || other == SINGULAR || this == other;
        }
    }

    static final Map<String, Agreement> DETERMINERS = Map.ofEntries(
            Map.entry("le", Agreement.MASCULINE), Map.entry("un", Agreement.MASCULINE),
            Map.entry("ce", Agreement.MASCULINE), Map.entry("cet", Agreement.MASCULINE),
            Map.entry("du", Agreement.MASCULINE), Map.entry("au", Agreement.MASCULINE),
            Map.entry("mon", Agreement.SINGULAR), Map.entry("ton", Agreement.SINGULAR),
            Map.entry("son", Agreement.SINGULAR), Map.entry("notre", Agreement.SINGULAR),
            Map.entry("votre", Agreement.SINGULAR), Map.entry("leur", Agreement.SINGULAR),
            Map.entry("la", Agreement.FEMININE), Map.entry("une", Agreement.FEMININE),
            Map.entry("cette", Agreement.FEMININE), Map.entry("ma", Agreement.FEMININE),
            Map.entry("ta", Agreement.FEMININE), Map.entry("sa", Agreement.FEMININE),
            Map.entry("l'", Agreement.SINGULAR),
            Map.entry("les", Agreement.PLURAL), Map.entry("des", Agreement.PLURAL),
            Map.entry("ces", Agreement.PLURAL), Map.entry("aux", Agreement.PLURAL),
            Map.entry("mes", Agreement.PLURAL), Map.entry("tes", Agreement.PLURAL),
            Map.entry("ses", Agreement.PLURAL), Map.entry("nos", Agreement.PLURAL),
            Map.entry("vos", Agreement.PLURAL), Map.entry("leurs", Agreement.PLURAL),
            Map.entry("plusieurs", Agreement.PLURAL), Map.entry("quelques", Agreement.PLURAL));

    /** Determiners that hold a preposition: « du » is « de le », « aux » is « à les ». */
    static final Set<String> CONTRACTED = Set.of("du", "des", "au", "aux");

    /** Demonstrative pronouns standing for a noun of the previous question: « celle de l'Agence ». */
    static final Map<String, Agreement> DEMONSTRATIVES = Map.of("celui", Agreement.MASCULINE,
            "celle", Agreement.FEMININE, "ceux", Agreement.PLURAL, "celles", Agreement.PLURAL);

    /** Subject pronouns that stand for someone or something of the previous exchange. */
    static final Map<String, Agreement> SUBJECT_PRONOUNS = Map.of("il", Agreement.MASCULINE,
            "elle", Agreement.FEMININE, "ils", Agreement.PLURAL, "elles", Agreement.PLURAL);

    /** Indirect object pronouns: « il lui a dit » is « il a dit à X ». */
    static final Set<String> INDIRECT_PRONOUNS = Set.of("lui", "leur");

    static final Set<String> PREPOSITIONS = Set.of("a", "au", "aux", "de", "du", "des", "d'", "en", "dans", "par",
            "pour", "avec", "sur", "chez", "vers", "depuis", "selon", "pendant", "entre", "sous", "contre", "sans",
            "avant", "apres", "aupres", "jusqu'", "envers", "parmi", "lors");

    /** Prepositions introducing a place: one such complement stands in for another. */
    static final Set<String> LOCATIVE = Set.of("a", "au", "aux", "en", "dans", "chez", "aupres", "vers", "sur");

    static final Set<String> OF = FrenchLexicon.apostrophed(FrenchLexicon.OF);

    static final Set<String> CONJUNCTIONS = Set.of("et", "ou", "mais", "donc", "car", "ni", "que", "qu'", "qui",
            "dont", "si", "comme", "quand", "lorsqu'", "puisqu'");

    static final Set<String> PRONOUNS = Set.of("je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
            "me", "m'", "te", "t'", "se", "s'", "lui", "leur", "y", "en", "ca", "cela", "ceci", "c'", "ce", "le", "la",
            "les", "l'", "n'", "ne");

    /** Question words that can open or close a question. */
    static final Set<String> QUESTION_WORDS = Set.of("qui", "que", "qu'", "quoi", "quand", "ou", "combien", "pourquoi",
            "comment", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels", "lesquelles");

    static final Set<String> COPULAS = FrenchLexicon.ETRE_FINITE;

    /** Finite forms of the auxiliaries and of the verbs questions use most, which endings miss. */
    static final Set<String> FINITE = FrenchLexicon.union(FrenchLexicon.AVOIR_FINITE, FrenchLexicon.ETRE_FINITE,
            FrenchLexicon.MODAL_FINITE, Set.of("fait", "font", "faisait", "dit", "disent", "disait", "compte",
                    "comptent", "comptait", "vient", "viennent", "venait", "reste", "restent", "restait", "avons",
                    "sommes", "suis", "es", "as", "ai", "veut", "veulent", "voulait", "sait", "savait", "prend",
                    "prenait", "met", "mettait", "dirige", "dirigeait", "trouve", "trouvait", "occupe", "occupait",
                    "s'appelle"));

    /** Verbs of saying: « qui l'a annoncé ? » asks who said the previous question's fact. */
    static final Set<String> SAYING = Set.of("dit", "annonce", "annoncee", "declare", "declaree", "affirme",
            "confirme", "explique", "decide", "decidee", "rapporte", "ecrit", "raconte", "revele", "precise",
            "indique", "assure", "publie", "appris", "su", "dire", "annoncer", "declarer", "affirmer", "decider");

    static final Set<String> MONTHS = FrenchLexicon.MONTHS.keySet();

    static boolean determiner(String key) {
        return DETERMINERS.containsKey(key);
    }

    static boolean preposition(String key) {
        return PREPOSITIONS.contains(key);
    }

    /** Whether a word is likely a verb form: an auxiliary, a common verb, or a verb ending. */
    static boolean verb(Words.Word w) {
        if (w.key().equals("a")) {
            return !w.typed().equalsIgnoreCase("à");
        }
        return FINITE.contains(w.key()) || !w.capitalised() && VerbForms.likely(w.typed());
    }

    /**
     * Whether word {@code i} is a preposition. « a » typed without its accent is read as « à »
     * unless a verb form, a question word or an inversion follows it (« a signé », « a-t-il »).
     */
    static boolean preposition(Words w, int i) {
        String k = w.key(i);
        if (!k.equals("a")) {
            return PREPOSITIONS.contains(k);
        }
        if (w.get(i).typed().equalsIgnoreCase("à")) {
            return true;
        }
        if (i + 1 >= w.size()) {
            return false;
        }
        Words.Word next = w.get(i + 1);
        return !(next.inversion() || verb(next) || QUESTION_WORDS.contains(next.key())
                || Set.of("pas", "deja", "ete", "eu", "jamais", "toujours", "bien").contains(next.key()));
    }

    /** Whether a word is a function word: determiner, preposition, pronoun, conjunction, question word. */
    static boolean function(String key) {
        return DETERMINERS.containsKey(key) || PREPOSITIONS.contains(key) || PRONOUNS.contains(key)
                || CONJUNCTIONS.contains(key) || QUESTION_WORDS.contains(key) || DEMONSTRATIVES.containsKey(key);
    }

    /** The determiner of {@code agreement} before a word beginning with {@code next} (« la », « l' », « les »). */
    static String definite(Agreement agreement, String next) {
        if (agreement == Agreement.PLURAL) {
            return "les";
        }
        return elides(next) ? "l'" : agreement == Agreement.FEMININE ? "la" : "le";
    }

    /** Whether a word takes an elided article: a vowel or a mute h (« l'Agence », « l'histoire »). */
    static boolean elides(String next) {
        String k = org.citebot.text.Folding.fold(next);
        return !k.isEmpty() && ("aeiouyh".indexOf(k.charAt(0)) >= 0);
    }

    /** The content words of {@code w}: what an answer has to be about. */
    static List<String> content(Words w) {
        List<String> out = new ArrayList<>();
        for (Words.Word word : w.list()) {
            if (!FunctionWords.function(word.key()) && !TimePhrases.RELATIVE.contains(word.key())
                    && !TimePhrases.ADVERBS.contains(word.key()) && word.key().length() > 1) {
                out.add(word.key());
            }
        }
        return out;
    }
}
