"""A stand-in OpenAI-compatible chat server for protocol tests (run as a separate process).

    python tests/fake_openai_server.py --mode ok [--port 0]

Prints `PORT <n>` on its first stdout line, then serves on 127.0.0.1 until killed (or until
--lifetime seconds have passed, so a forgotten server stops by itself).

POST /v1/chat/completions answers by a transparent rule, not a model: it takes the object from the
question "Should the player hit a(n) <object> to win the game?" in the last user message, finds the
summary sentences that mention the object, and replies "yes" when one of them contains "points",
"no" when they do not, and "Not sure." when no sentence mentions the object. When the request has
`logprobs: true` the reply carries OpenAI-style logprobs (P=0.8 for the reply word, 0.15 for the
other one).

Modes: ok | flaky (HTTP 500 for the first --fail-count requests, then ok) | ratelimit (same with 429)
| auth (401 unless the Authorization header is "Bearer sekrit") | slow (sleeps --delay s, then ok)
| malformed (200 with a body that is not JSON) | nochoices (200 JSON without "choices")
| nologprobs (400 when the request asks for logprobs, else ok) | notfound (404 always).
GET /log returns every request seen so far (path, headers, body) as JSON.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

QUESTION = re.compile(r"hit an? (.+?) to win the game\?", re.IGNORECASE)


def rule_reply(user_message: str) -> str:
    match = QUESTION.search(user_message)
    if not match:
        return "Not sure."
    term = match.group(1).lower()
    summary = user_message[: match.start()]
    sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", summary) if term in s.lower()]
    if not sentences:
        return "Not sure."
    return "yes" if any("points" in s.lower() for s in sentences) else "no"


def completion(body: dict, text: str) -> dict:
    choice: dict = {"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}
    if body.get("logprobs"):
        word = text.strip().lower()
        other = "no" if word == "yes" else "yes"
        top = [{"token": word, "logprob": math.log(0.8)}, {"token": other, "logprob": math.log(0.15)}]
        choice["logprobs"] = {"content": [{"token": word, "logprob": math.log(0.8), "top_logprobs": top}]}
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", ""),
        "choices": [choice],
        "usage": {"prompt_tokens": 0, "completion_tokens": 1, "total_tokens": 1},
    }


def make_handler(args: argparse.Namespace):
    lock = threading.Lock()
    log: list[dict] = []
    counter = {"n": 0}

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *a):  # keep the test output clean
            pass

        def send(self, status: int, payload: bytes, ctype: str = "application/json") -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def send_json(self, status: int, obj) -> None:
            self.send(status, json.dumps(obj).encode())

        def do_GET(self):
            if self.path == "/log":
                with lock:
                    self.send_json(200, log)
            else:
                self.send_json(404, {"error": {"message": "not found"}})

        def do_POST(self):
            raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                body = json.loads(raw or b"{}")
            except ValueError:
                self.send_json(400, {"error": {"message": "request is not JSON"}})
                return
            with lock:
                log.append({"path": self.path, "headers": dict(self.headers.items()), "body": body})
                counter["n"] += 1
                n = counter["n"]
            if self.path != "/v1/chat/completions" or args.mode == "notfound":
                self.send_json(404, {"error": {"message": f"no route {self.path}"}})
                return
            mode = args.mode
            if mode in ("flaky", "ratelimit") and n <= args.fail_count:
                status = 500 if mode == "flaky" else 429
                self.send_json(status, {"error": {"message": f"try again ({n})"}})
                return
            if mode == "auth" and self.headers.get("Authorization") != "Bearer sekrit":
                self.send_json(401, {"error": {"message": "invalid api key"}})
                return
            if mode == "slow":
                time.sleep(args.delay)
            if mode == "malformed":
                self.send(200, b"{this is not json")
                return
            if mode == "nochoices":
                self.send_json(200, {"id": "x", "object": "chat.completion"})
                return
            if mode == "nologprobs" and body.get("logprobs"):
                self.send_json(400, {"error": {"message": "logprobs are not supported"}})
                return
            users = [m.get("content", "") for m in body.get("messages", []) if m.get("role") == "user"]
            try:
                self.send_json(200, completion(body, rule_reply(users[-1] if users else "")))
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout tests)
                pass

    return Handler


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", default="ok")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--fail-count", type=int, default=2)
    parser.add_argument("--delay", type=float, default=2.0)
    parser.add_argument("--lifetime", type=float, default=300.0)
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", args.port), make_handler(args))
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    timer = threading.Timer(args.lifetime, server.shutdown)
    timer.daemon = True
    timer.start()
    try:
        server.serve_forever()
    finally:
        server.server_close()
    sys.exit(0)


if __name__ == "__main__":
    main()
