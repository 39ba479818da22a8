package org.citebot.chat.followup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.citebot.question.AnswerType;
import org.junit.jupiter.api.Test;

class ScratchProbeTest {
    @Test
    void probe() throws Exception {
        List<String> texts = new ArrayList<>();
        try (var s = Files.list(Path.of("seeds"))) {
            for (Path p : s.toList()) texts.add(Files.readString(p));
        }
        FollowUps f = new FollowUps(CorpusVocabulary.of(texts));
        for (String line : Files.readAllLines(Path.of("/tmp/s9fu/cases.tsv"))) {
            if (line.isBlank()) continue;
            String[] c = line.split("\\|");
            Previous p = new Previous(c[0].strip(), c[1].isBlank() ? Optional.empty() : Optional.of(c[1].strip()), AnswerType.valueOf(c[2].strip()));
            var r = f.read(c[3].strip(), c[0].strip(), () -> p);
            System.out.println("PROBE " + c[3].strip() + " => " + r.map(x -> x.kind() + " " + x.question()).orElse("-"));
        }
    }
}
