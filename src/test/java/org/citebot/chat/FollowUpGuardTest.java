package org.citebot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.citebot.answer.Answer;
import org.citebot.answer.Citation;
import org.citebot.answer.Finding;
import org.citebot.chat.followup.FollowUps;
import org.citebot.question.QuestionAnalyzer;
import org.citebot.text.Span;
import org.junit.jupiter.api.Test;

/** The guard on invented answers about an invented town: the last fact is never the follow-up's answer. */
class FollowUpGuardTest {

    private static final QuestionAnalyzer ANALYZER = new QuestionAnalyzer();

    private static Citation cited(int start) {
        return new Citation("001", "La mairie", Optional.empty(), Optional.empty(), new Span(start, start + 10), "x".repeat(10));
    }

    private static Answer answered(String question, String fact, Citation citation) {
        return new Answer(ANALYZER.analyze(question), Answer.Outcome.ANSWERED,
                List.of(new Finding(fact, fact.toLowerCase(), List.of(citation), 1.0)), 0.9, List.of(), List.of(), 0.9);
    }

    private static Answer check(FollowUps.Kind kind, Answer now, Answer before) {
        FollowUps.FollowUp f = new FollowUps.FollowUp(kind, now.question().text(), List.of(), List.of());
        return FollowUpGuard.check(f, now, () -> Optional.of(before), id -> Optional.empty());
    }

    @Test
    void theLastFactIsNotTheAnswerToAQuestionAboutIt() {
        Answer before = answered("qui a signé l'accord ?", "Paul Durand", cited(0));
        Answer again = answered("pourquoi Paul Durand a signé l'accord ?", "Paul Durand", cited(50));
        assertEquals(Answer.Outcome.DECLINED, check(FollowUps.Kind.QUESTION_WORD, again, before).outcome());
        assertEquals(Answer.Outcome.DECLINED, check(FollowUps.Kind.PRONOUN, again, before).outcome());
        Answer other = answered("quand Paul Durand a signé l'accord ?", "3 mai", cited(0));
        assertEquals(Answer.Outcome.ANSWERED, check(FollowUps.Kind.QUESTION_WORD, other, before).outcome());
    }

    @Test
    void aSwapAnsweredFromASentenceAboutWhatWasSwappedAwayIsDeclined() {
        Answer declinedBefore = new Answer(ANALYZER.analyze("qui est le président du club ?"), Answer.Outcome.DECLINED,
                List.of(), 0.1, List.of(), List.of(), 0.1);
        Citation aboutTheClub = new Citation("001", "Le club", Optional.empty(), Optional.empty(), new Span(0, 32),
                "Le président du club, Marc Petit");
        Answer now = answered("qui est le président de l'onu ?", "Marc Petit", aboutTheClub);
        FollowUps.FollowUp swap = new FollowUps.FollowUp(FollowUps.Kind.SWAP, "qui est le président de l'onu ?",
                List.of("onu"), List.of("club"));
        assertEquals(Answer.Outcome.DECLINED,
                FollowUpGuard.check(swap, now, () -> Optional.of(declinedBefore), id -> Optional.empty()).outcome());
        Citation aboutTheOnu = new Citation("001", "L'ONU", Optional.empty(), Optional.empty(), new Span(0, 31),
                "Le président de l'ONU, Anne Roy");
        Answer right = answered("qui est le président de l'onu ?", "Anne Roy", aboutTheOnu);
        assertEquals(Answer.Outcome.ANSWERED,
                FollowUpGuard.check(swap, right, () -> Optional.of(declinedBefore), id -> Optional.empty()).outcome());
    }

    @Test
    void anotherTimeAnsweredByTheLastSentenceAndFactIsDeclined() {
        Answer before = answered("combien d'élèves compte l'école ?", "300 élèves", cited(0));
        Answer sameSentence = answered("combien d'élèves comptait l'école avant ?", "300 élèves", cited(0));
        assertEquals(Answer.Outcome.DECLINED, check(FollowUps.Kind.TIME, sameSentence, before).outcome());
        // the same number stated by another sentence may hold at another time too
        Answer otherSentence = answered("combien d'élèves comptait l'école avant ?", "300 élèves", cited(80));
        assertEquals(Answer.Outcome.ANSWERED, check(FollowUps.Kind.TIME, otherSentence, before).outcome());
    }

    @Test
    void aHyphenatedRoleSwappedInIsFoundInItsSentence() {
        Answer before = answered("qui est le ministre de la culture ?", "Louise Martin", cited(0));
        Citation aboutTheDeputy = new Citation("001", "Le conseil", Optional.empty(), Optional.empty(),
                new Span(0, 52), "La vice-ministre de la culture, Anne Roy, est venue.");
        Answer now = answered("qui est la vice-ministre de la culture ?", "Anne Roy", aboutTheDeputy);
        FollowUps.FollowUp swap = new FollowUps.FollowUp(FollowUps.Kind.SWAP, "qui est la vice-ministre de la culture ?",
                List.of("vice-ministre"), List.of("ministre"));
        assertEquals(Answer.Outcome.ANSWERED,
                FollowUpGuard.check(swap, now, () -> Optional.of(before), id -> Optional.empty()).outcome());
        // the minister's own sentence still does not answer for the deputy
        Citation aboutTheMinister = new Citation("001", "Le conseil", Optional.empty(), Optional.empty(),
                new Span(0, 50), "Le ministre de la culture, Louise Martin, a parlé.");
        Answer stray = answered("qui est la vice-ministre de la culture ?", "Louise Martin", aboutTheMinister);
        assertEquals(Answer.Outcome.DECLINED,
                FollowUpGuard.check(swap, stray, () -> Optional.of(before), id -> Optional.empty()).outcome());
    }

    @Test
    void aQuestionPhraseWhoseNounNoCitedSentenceNamesIsDeclined() {
        Answer before = answered("combien d'élèves ont quitté l'école ?", "40 élèves", cited(0));
        FollowUps.FollowUp asked = new FollowUps.FollowUp(FollowUps.Kind.QUESTION_WORD,
                "dans le cadre de quel projet 40 élèves ont quitté l'école ?", List.of("projet"), List.of());
        Citation noProject = new Citation("001", "L'école", Optional.empty(), Optional.empty(), new Span(0, 38),
                "Les élèves ont quitté l'école en juin.");
        Answer stray = answered(asked.question(), "en juin", noProject);
        assertEquals(Answer.Outcome.DECLINED,
                FollowUpGuard.check(asked, stray, () -> Optional.of(before), id -> Optional.empty()).outcome());
        Citation project = new Citation("001", "L'école", Optional.empty(), Optional.empty(), new Span(0, 52),
                "Les élèves sont partis dans le cadre du projet Azur.");
        Answer named = answered(asked.question(), "projet Azur", project);
        assertEquals(Answer.Outcome.ANSWERED,
                FollowUpGuard.check(asked, named, () -> Optional.of(before), id -> Optional.empty()).outcome());
    }

    @Test
    void anotherReadingMayNotGiveTheLastFactAgain() {
        Answer before = answered("qui préside le club ?", "Marc Petit", cited(0));
        assertTrue(FollowUpGuard.lastFact(answered("qui a signé l'accord ?", "marc petit", cited(40)), () -> Optional.of(before)));
        assertFalse(FollowUpGuard.lastFact(answered("qui a signé l'accord ?", "Anne Roy", cited(40)), () -> Optional.of(before)));
        assertFalse(FollowUpGuard.lastFact(answered("qui a signé l'accord ?", "Marc Petit", cited(40)), Optional::empty));
    }
}
