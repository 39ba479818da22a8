#!/usr/bin/env python3
"""Load on a running bot through the Bot API emulator (src/test/telegram-emulator/start.js).

Sends QUESTIONS questions from each of CHATS private chats at once, as users of the emulator's
client API, waits for the replies, and prints how many were sent and received and the round-trip
p50/p99. With --pid, samples that process's resident memory (Linux /proc) at rest before the load
and at its peak during it. Standard library only.

    python3 scripts/telegram-load.py --api http://127.0.0.1:8081 --token 123456789:test \\
        --chats 200 --questions 10 --pid $(pgrep -f 'citebot.jar telegram')
"""
import argparse
import json
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

DEV = "src/test/resources/eval/dev-questions.jsonl"


def post(api, path, body):
    request = urllib.request.Request(api + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read())


def rss_kb(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", default="http://127.0.0.1:8081")
    parser.add_argument("--token", default="123456789:test")
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--first-chat", type=int, default=500_000)
    parser.add_argument("--pid", type=int)
    args = parser.parse_args()
    questions = [json.loads(l)["question"] for l in open(DEV, encoding="utf-8") if l.strip()][:args.questions]
    peak = [0]
    done = threading.Event()
    if args.pid:
        print(f"bot at rest: RSS {rss_kb(args.pid, 'VmRSS') // 1024} MB")

        def sample():
            while not done.is_set():
                peak[0] = max(peak[0], rss_kb(args.pid, "VmRSS"))
                time.sleep(0.1)
        threading.Thread(target=sample, daemon=True).start()
    sent_at = {}

    def user(chat):
        times = []
        for q in questions:
            times.append(time.monotonic())
            post(args.api, "/sendMessage", {"botToken": args.token, "date": int(time.time()), "text": q,
                                            "from": {"id": chat, "is_bot": False, "first_name": "Test"},
                                            "chat": {"id": chat, "type": "private"}})
        sent_at[chat] = times

    chats = range(args.first_chat, args.first_chat + args.chats)
    start = time.monotonic()
    with ThreadPoolExecutor(16) as pool:
        list(pool.map(user, chats))
    received = {c: [] for c in chats}
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and any(len(v) < len(questions) for v in received.values()):
        for chat in chats:
            if len(received[chat]) < len(questions):
                got = post(args.api, "/getUpdates", {"token": args.token, "chatId": chat})["result"]
                received[chat].extend(time.monotonic() for _ in got)
        time.sleep(0.05)
    elapsed = time.monotonic() - start
    time.sleep(1.5)
    extra = sum(len(post(args.api, "/getUpdates", {"token": args.token, "chatId": c})["result"]) for c in chats)
    done.set()
    trips = sorted(1000 * (received[c][i] - sent_at[c][i]) for c in chats for i in range(len(received[c])))
    replies = sum(len(v) for v in received.values()) + extra
    print(f"sent {args.chats * len(questions)}, replies {replies} in {elapsed:.1f} s;"
          f" round trip p50 {trips[len(trips) // 2]:.0f} ms, p99 {trips[int(len(trips) * 0.99)]:.0f} ms"
          if trips else "no replies")
    if args.pid:
        print(f"bot under load: peak RSS {peak[0] // 1024} MB")


if __name__ == "__main__":
    main()
