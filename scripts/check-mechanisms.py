#!/usr/bin/env python3
"""Checks that each reliability test fails when the mechanism it guards is taken out.

For each entry: replace one line of main code by a version without the mechanism, run the tests
that guard it, put the line back. Every entry must print "FAIL (good)". Run from the repository
root after `mvn -o -DskipTests package` (offline build); ITs (restart, API down at start) are run
through failsafe and need Node.js for the Bot API emulator.

    python3 scripts/check-mechanisms.py            all entries
    python3 scripts/check-mechanisms.py restart    entries whose name contains "restart"
"""
import shutil
import subprocess
import sys
import tempfile

TELEGRAM = "src/main/java/org/citebot/chat/telegram/"
UNIT = ["mvn", "-q", "-o", "test"]
IT = ["mvn", "-q", "-o", "verify", "-Dtest=NoSuchTest", "-Dsurefire.failIfNoSpecifiedTests=false"]

MUTATIONS = [
    ("live corpus: swap the new index in", "src/main/java/org/citebot/qa/LiveCitebot.java",
     "Citebot old = current.getAndSet(fresh);", "Citebot old = fresh;", UNIT + ["-Dtest=LiveCitebotTest"]),
    ("persisted index: Lucene CheckIndex", "src/main/java/org/citebot/index/IndexStore.java",
     "                    check(lucene);\n", "", UNIT + ["-Dtest=IndexStoreTest"]),
    ("persisted index: content fingerprint", "src/main/java/org/citebot/index/IndexStore.java",
     "fingerprint.equals(stored(dir)) && ", "", UNIT + ["-Dtest=IndexStoreTest"]),
    ("faults: 5xx retry", TELEGRAM + "PacedSender.java",
     "r.getErrorCode() >= 500 ? backOff : -1", "-1", UNIT + ["-Dtest=PacedSenderTest"]),
    ("faults: 429 retry_after", TELEGRAM + "PacedSender.java",
     "if (wait < 0 || attempt >= MAX_ATTEMPTS", "if (true || attempt >= MAX_ATTEMPTS", UNIT + ["-Dtest=PacedSenderTest"]),
    ("faults: Bot API down at start", TELEGRAM + "CitebotTelegramBot.java",
     "me = StartRetry.retried(() -> client.execute(new GetMe()), StartRetry::unreachable, settings.startWait());",
     "me = client.execute(new GetMe());",
     IT + ["-Dit.test=TelegramBotIT#aBotStartedWhileTheBotApiIsDownServesOnceItIsUp"]),
    ("faults: restart answers nothing twice", TELEGRAM + "CitebotTelegramBot.java",
     ".map(dir -> UpdateProgress.load(dir.resolve(", ".filter(dir -> false).map(dir -> UpdateProgress.load(dir.resolve(",
     IT + ["-Dit.test=TelegramBotIT#aRestartAnswersNothingTwice"]),
    ("restart: confirm only what is answered (offset = handled watermark + 1)", TELEGRAM + "ResumingUpdateRequests.java",
     ".offset(progress.nextOffset())", ".offset(Math.max(last + 1, progress.nextOffset()))",
     UNIT + ["-Dtest=ResumingUpdateRequestsTest"]),
    ("restart: kill -9 mid-load loses nothing", TELEGRAM + "ResumingUpdateRequests.java",
     ".offset(progress.nextOffset())", ".offset(Math.max(last + 1, progress.nextOffset()))",
     IT + ["-Dit.test=TelegramRestartIT#killedMidLoadThenRestartedAnswersEveryQuestionAtMostThreeTwice"]),
    ("restart: a stop starts nothing after the drain", TELEGRAM + "ChatDispatcher.java",
     "if (!starting.get()) {", "if (false) {", UNIT + ["-Dtest=ChatDispatcherTest"]),
    ("restart: at most telegram.send.window replies unrecorded", TELEGRAM + "ReplyWindow.java",
     "            permits.acquire();\n", "", UNIT + ["-Dtest=ReplyWindowTest"]),
    ("webhook: updates of gone instances taken over", TELEGRAM + "SharedUpdateLedger.java",
     "return seen.isBefore(clock.instant().minus(lease));", "return false;", UNIT + ["-Dtest=UpdateLedgerTest"]),
    ("load: in order per chat", TELEGRAM + "ChatDispatcher.java",
     "CompletableFuture<Void> before = tail == null ? CompletableFuture.completedFuture(null) : tail;",
     "CompletableFuture<Void> before = CompletableFuture.completedFuture(null);", UNIT + ["-Dtest=ChatDispatcherTest"]),
    ("hostile input: configured length cut", "src/main/java/org/citebot/qa/Citebot.java",
     "answerer.answer(inputLimit.apply(question))", "answerer.answer(question)", UNIT + ["-Dtest=HostileInputTest"]),
    ("access: allow-list", TELEGRAM + "AccessGate.java", "return Verdict.REFUSE;", "return Verdict.PASS;",
     UNIT + ["-Dtest=AccessGateTest,TelegramUpdateHandlerTest"]),
    ("access: flood limit", TELEGRAM + "AccessGate.java", "        if (perMinute == 0) {", "        if (true) {",
     UNIT + ["-Dtest=AccessGateTest,TelegramUpdateHandlerTest"]),
    ("access: token masked", TELEGRAM + "TelegramSettings.java",
     'return secret.substring(0, 3) + "…" + secret.substring(secret.length() - 3);', "return secret;",
     UNIT + ["-Dtest=TelegramSettingsTest,CitebotTelegramBotTest"]),
]


def main(selector):
    bad = 0
    for name, path, old, new, command in MUTATIONS:
        if selector and selector not in name:
            continue
        source = open(path, encoding="utf-8").read()
        if old not in source:
            print(f"{name}: line not found in {path} (update this script)")
            bad += 1
            continue
        backup = tempfile.mktemp()
        shutil.copy(path, backup)
        try:
            open(path, "w", encoding="utf-8").write(source.replace(old, new, 1))
            result = subprocess.run(command, capture_output=True, text=True)
        finally:
            shutil.copy(backup, path)
        failed = result.returncode != 0
        bad += 0 if failed else 1
        print(f"{name}: without it the tests {'FAIL (good)' if failed else 'still PASS (bad)'}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
