package org.citebot.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.citebot.answer.reply.ReplyTemplates;
import org.citebot.config.ConfigDir;
import org.citebot.config.Settings;
import org.junit.jupiter.api.Test;

/** The exact French reply for a few questions on the seeds: fact, verbatim quote, source, agreement. */
class GoldenReplyTest {

    @Test
    void repliesWordForWord() {
        ConfigDir config = new ConfigDir(Path.of("config"));
        try (Citebot bot = Citebot.open(Path.of("seeds"), config, Settings.load(config, Map.of()))) {
            ReplyTemplates templates = ReplyTemplates.load(config);
            assertEquals("""
                    Jens Stoltenberg.
                    Source : « Par ailleurs, la Russie s'est rendue coupable d'"activités malveillantes" croissantes en \
                    Europe, selon le secrétaire général de l'Alliance, Jens Stoltenberg. » — Relations Russie-Otan \
                    très tendues : que se passe-t-il entre Moscou et l'Alliance atlantique ? (TF1 Info, 18 octobre 2021)
                    Confirmé par 2 autres articles.""",
                    templates.reply(bot.answer("qui est le secrétaire général de l'otan ?"), ""));
            // unsure of the fact: the ranker's first sentence and the runner-up nearly as likely
            assertEquals("""
                    Je ne suis pas certain de la réponse exacte ; voici ce qu'en disent les articles :
                    • « Par ailleurs, la Russie s'est rendue coupable d'"activités malveillantes" croissantes en \
                    Europe, selon le secrétaire général de l'Alliance, Jens Stoltenberg. » — Relations Russie-Otan \
                    très tendues : que se passe-t-il entre Moscou et l'Alliance atlantique ? (TF1 Info, 18 octobre 2021)
                    • « Il a rappelé que l’OTAN avait officiellement notifié la Russie le 6 octobre que le secrétaire \
                    général de l’OTAN, Jens Stoltenberg, avait pris la décision de révoquer l’accréditation de huit \
                    membres du personnel de la mission russe auprès de l’organisation à partir du 1er novembre et de \
                    réduire le personnel de la mission, y compris le personnel administratif et technique, à dix \
                    personnes. » — La Russie va suspendre la mission de liaison de l’OTAN à Moscou (TASS (Maghreb \
                    Online), 18 octobre 2021)
                    • « Selon le chef de la diplomatie russe Sergueï Lavrov, quelques jours avant cette démarche, lors \
                    de leur rencontre à New York le secrétaire général de l’Otan, Jens Stoltenberg, lui avait parlé de \
                    "l’intérêt sincère de l’Alliance pour la normalisation des relations avec la Russie et pour une \
                    désescalade des tensions sur le continent européen". » — Tango d’un seul danseur, rien à rompre: \
                    Moscou décrit les liens avec l’Otan (Sputnik France, 19 octobre 2021)""",
                    templates.reply(bot.answer("quel est le salaire de Jens Stoltenberg ?"), ""));
        }
    }
}
