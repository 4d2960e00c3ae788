#!/usr/bin/env python3
"""The office hub under load (docs/PERFORMANCE.md "Hub"); a benchmark, never a test.

Makes a register with `council demo` (small) and 20 officer accounts with passwords, starts `council serve` on
127.0.0.1, and runs 20 simulated officers for 60 s, each on its own keep-alive HTTPS connection whose
certificate fingerprint is checked by hand: 80 % reads (dashboard, the control list, a session page, search),
20 % writes (an instruction's text, a new body) that stay valid when repeated. Then it checks that nothing
failed and that every acknowledged write is there, read back over the hub and, after the hub stopped on
SIGTERM (which must exit 0), in the database with `council`; `council check --full` must say ok. It prints
p50 and p99 latency per command kind.

--kill: kills the hub with SIGKILL a third of the way in and starts it again two seconds later. Clients see
failed requests meanwhile, sign in again and go on; only failures outside that outage count as errors.

An officer thinks between calls (--think, seconds on average, 1 by default: a busy desk); --think 0 sends
calls back to back, which measures the hub's capacity, not an office.

Usage: bench/hub_load.py [--council PATH] [--officers 20] [--seconds 60] [--think 1] [--kill]
Standard library only; every request goes to loopback and the run stops by itself."""

import argparse
import hashlib
import http.client
import json
import os
import random
import signal
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PASSWORD = "Yuklama-2026"
READS = ["dashboard", "list_instructions", "get_session", "search"]
WORDS = ["Samarqand", "Ташкент", "region", "agreement", "Екатеринбург", "export"]


def default_council():
    target = os.environ.get("CARGO_TARGET_DIR") or str(Path.home() / ".cache/council-desk/target")
    return str(Path(target) / "debug/council")


class Register:
    """A database file in a temporary folder and a way to run `council` on it."""

    def __init__(self, council, folder):
        self.council = council
        self.db = str(Path(folder) / "council.db")

    def run(self, *args, env=None, as_head=True):
        command = [self.council, "--db", self.db]
        if as_head:
            command += ["--as", "head@bench.local"]
        full_env = dict(os.environ, COUNCIL_LANG="en", **(env or {}))
        full_env.pop("COUNCIL_DB", None)
        done = subprocess.run(command + list(args), env=full_env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0:
            raise SystemExit(f"council {' '.join(args)} failed: {done.stderr}")
        return done.stdout

    def make(self, officers):
        self.run("demo", as_head=False)
        self.run("officer", "add", "--name-en", "Bench Head", "--email", "head@bench.local", as_head=False)
        for n in range(officers):
            email = officer_email(n)
            self.run("officer", "add", "--role", "officer", "--name-en", f"Officer {n + 1}",
                     "--email", email)
            self.run("officer", "password", email, env={"COUNCIL_NEW_PASSWORD": PASSWORD})
        self.run("officer", "password", "head@bench.local", env={"COUNCIL_NEW_PASSWORD": PASSWORD})

    def json(self, *args):
        return json.loads(self.run(*args, "--json", env={"COUNCIL_PASSWORD": PASSWORD}))


def officer_email(n):
    return f"officer{n + 1}@bench.local"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """`council serve` on one fixed loopback port, so that it can be started again after a kill."""

    def __init__(self, register):
        self.register = register
        self.port = free_port()
        self.process = None
        self.fingerprint = None

    def start(self):
        env = dict(os.environ, COUNCIL_LANG="en")
        env.pop("COUNCIL_DB", None)
        self.process = subprocess.Popen(
            [self.register.council, "--db", self.register.db, "serve", "--listen", f"127.0.0.1:{self.port}"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, text=True)
        self.process.stdout.readline()
        printed = self.process.stdout.readline().rsplit(": ", 1)[-1].strip()
        if not printed:
            raise SystemExit("council serve did not start")
        if self.fingerprint not in (None, printed):
            raise SystemExit("the hub's certificate changed on restart")
        self.fingerprint = printed

    def kill(self):
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        """SIGTERM; the hub must finish what is in flight and exit 0."""
        self.process.send_signal(signal.SIGTERM)
        try:
            return self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.kill()
            return "still running 30 s after SIGTERM"


def normalized(fingerprint):
    return fingerprint.replace(":", "").lower()


class Desk:
    """One officer's connection: keep-alive HTTPS, the hub's certificate pinned by its SHA-256 fingerprint."""

    def __init__(self, server, email):
        self.server = server
        self.email = email
        self.connection = None
        self.token = None
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        self.context.check_hostname = False
        self.context.verify_mode = ssl.CERT_NONE  # checked by hand below: the pin is the trust

    def connect(self):
        self.close()
        connection = http.client.HTTPSConnection("127.0.0.1", self.server.port, context=self.context,
                                                 timeout=10)
        connection.connect()
        seen = hashlib.sha256(connection.sock.getpeercert(binary_form=True)).hexdigest()
        if seen != normalized(self.server.fingerprint):
            connection.close()
            raise ssl.SSLError(f"certificate fingerprint {seen} is not the pinned one")
        self.connection = connection

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None

    def post(self, path, body):
        """(status, answer); raises OSError when the hub cannot be reached."""
        if self.connection is None:
            self.connect()
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        try:
            self.connection.request("POST", path, body=json.dumps(body), headers=headers)
            answer = self.connection.getresponse()
            data = answer.read()
        except (OSError, http.client.HTTPException) as error:
            self.close()
            raise OSError(str(error)) from error
        return answer.status, (json.loads(data) if data else None)

    def sign_in(self):
        status, answer = self.post("/sign-in", {"officer": self.email, "password": PASSWORD})
        if status != 200:
            raise RuntimeError(f"sign-in of {self.email}: {status} {answer}")
        self.token = answer["token"]

    def call(self, command, arguments):
        status, answer = self.post(f"/call/{command}", arguments)
        if status != 200:
            raise RuntimeError(f"{command}: {status} {answer}")
        return answer


def instruction_filter():
    return {"filter": {"states": [], "open_only": True, "body": None, "pairing": None, "session": None,
                       "overdue": False, "due_within_days": None, "limit": 50, "offset": 0}}


def instruction_input(instruction, text):
    return {"decision_id": instruction.get("decision_id"), "parent_id": instruction.get("parent_id"),
            "text": text, "lead_body_id": instruction["lead_body_id"],
            "co_executor_ids": instruction.get("co_executor_ids", []),
            "controller_person_id": instruction.get("controller_person_id"),
            "pairing_id": instruction.get("pairing_id"), "due_on": instruction["due_on"]}


class Officer(threading.Thread):
    """One simulated officer: a command every moment until the end, its own instruction to edit."""

    def __init__(self, n, server, fixtures, until, outage, think):
        super().__init__(daemon=True)
        self.n = n
        self.desk = Desk(server, officer_email(n))
        self.fixtures = fixtures
        self.until = until
        self.outage = outage
        self.think = think
        self.random = random.Random(n)
        self.instruction = fixtures["instructions"][n % len(fixtures["instructions"])]
        self.latencies = {}
        self.errors = []
        self.outage_failures = 0
        self.bodies = {}  # id -> name, acknowledged
        self.text = None  # the last acknowledged text of its instruction
        self.unacknowledged = []  # texts sent after it whose answer never came

    def arguments(self, command):
        if command == "list_instructions":
            return instruction_filter()
        if command == "get_session":
            return {"id": self.random.choice(self.fixtures["sessions"])}
        if command == "search":
            return {"query": self.random.choice(WORDS), "limit": 20}
        return {}

    def step(self, serial):
        if self.random.random() < 0.8:
            command = self.random.choice(READS)
            self.desk.call(command, self.arguments(command))
            return command, None
        if self.random.random() < 0.5:
            text = {"ru": f"Поручение {self.n}-{serial}", "uz": f"Topshiriq {self.n}-{serial}",
                    "en": f"Instruction {self.n}-{serial}"}
            self.unacknowledged.append(text)
            self.desk.call("update_instruction",
                           {"id": self.instruction["id"], "input": instruction_input(self.instruction, text)})
            self.text, self.unacknowledged = text, []
            return "update_instruction", None
        name = f"Bench body {self.n}-{serial}"
        body = self.desk.call("create_body", {"input": {"country": "UZ", "kind": "agency",
                                                        "name": {"ru": name, "uz": name, "en": name},
                                                        "region": None}})
        self.bodies[body["id"]] = name
        return "create_body", None

    def run(self):
        serial = 0
        while time.monotonic() < self.until:
            serial += 1
            started = time.monotonic()
            try:
                if self.desk.token is None:
                    self.desk.sign_in()
                    self.latencies.setdefault("sign_in", []).append((time.monotonic() - started) * 1000)
                    started = time.monotonic()
                command, _ = self.step(serial)
                self.latencies.setdefault(command, []).append((time.monotonic() - started) * 1000)
                if self.think:
                    pause = self.random.expovariate(1 / self.think)
                    time.sleep(max(0.0, min(pause, self.until - time.monotonic())))
            except (OSError, RuntimeError) as error:
                # A restarted hub has forgotten the sessions: 401, sign in again.
                unreachable = isinstance(error, OSError) or "sign_in_required" in str(error)
                if self.outage is not None and unreachable:
                    self.outage_failures += 1
                    self.desk.token = None
                    time.sleep(0.1)
                else:
                    self.errors.append(str(error))
                    if len(self.errors) > 20:
                        return
        self.desk.close()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def fixtures(server):
    head = Desk(server, "head@bench.local")
    head.sign_in()
    instructions = head.call("list_instructions", instruction_filter())
    sessions = [s["id"] for s in head.call("list_sessions", {"filter": {"from": None, "to": None, "kind": None,
                                                                        "status": None, "deleted": False}})]
    head.close()
    if not instructions or not sessions:
        raise SystemExit("the demo register has no open instruction or no session")
    return {"instructions": instructions, "sessions": sessions}


def missing_writes(officers, bodies, texts):
    """Acknowledged writes not found in `bodies` ({id: name}) and `texts` ({instruction id: text})."""
    missing = []
    for officer in officers:
        for body_id, name in officer.bodies.items():
            if bodies.get(body_id) != name:
                missing.append(f"body {name}")
        if officer.text is not None:
            found = texts.get(officer.instruction["id"])
            if found != officer.text and found not in officer.unacknowledged:
                missing.append(f"text of instruction {officer.instruction['id']} ({officer.text['en']})")
    return missing


def read_back_over_hub(server, officers):
    head = Desk(server, "head@bench.local")
    head.sign_in()
    bodies = {b["id"]: b["name"]["en"] for b in head.call("list_bodies", {"country": None, "deleted": False})}
    texts = {}
    for officer in officers:
        key = officer.instruction["id"]
        texts[key] = head.call("instruction_history", {"id": key})["instruction"]["text"]
    head.close()
    return bodies, texts


def read_back_in_database(register, officers):
    bodies = {b["id"]: b["name"]["en"] for b in register.json("bodies", "list")}
    texts = {}
    for officer in officers:
        key = officer.instruction["id"]
        shown = register.json("instructions", "show", key)
        texts[key] = (shown.get("instruction") or shown)["text"]
    return bodies, texts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--council", default=default_council())
    parser.add_argument("--officers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between an officer's calls, s")
    parser.add_argument("--kill", action="store_true", help="kill -9 the hub during the load, then restart it")
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="hub-load-") as folder:
        register = Register(options.council, folder)
        print(f"making the register: demo, {options.officers} officers …", flush=True)
        register.make(options.officers)
        server = Server(register)
        server.start()
        try:
            return load(options, register, server)
        finally:
            if server.process.poll() is None:
                server.kill()


def load(options, register, server):
    print(f"hub on 127.0.0.1:{server.port}; {options.officers} officers for {options.seconds:g} s, "
          f"{options.think:g} s between calls"
          + (" with a kill -9" if options.kill else ""), flush=True)
    found = fixtures(server)
    start = time.monotonic()
    outage = options.seconds / 3 if options.kill else None
    officers = [Officer(n, server, found, start + options.seconds, outage, options.think)
                for n in range(options.officers)]
    for officer in officers:
        officer.start()
    if options.kill:
        time.sleep(outage)
        server.kill()
        print("hub killed (SIGKILL)", flush=True)
        time.sleep(2)
        server.start()
        print("hub started again", flush=True)
    for officer in officers:
        officer.join(options.seconds + 60)

    errors = [error for officer in officers for error in officer.errors]
    hub_bodies, hub_texts = read_back_over_hub(server, officers)
    stopped = server.stop()
    db_bodies, db_texts = read_back_in_database(register, officers)
    check = register.json("check", "--full")

    latencies = {}
    for officer in officers:
        for command, values in officer.latencies.items():
            latencies.setdefault(command, []).extend(values)
    print(f"\n{'command':<20}{'kind':<7}{'calls':>7}{'p50 ms':>9}{'p99 ms':>9}{'target':>8}  met")
    for command in ["sign_in"] + READS + ["update_instruction", "create_body"]:
        values = latencies.get(command, [])
        if not values:
            continue
        target = 50 if command in READS else 100 if command != "sign_in" else 0
        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        print(f"{command:<20}{'read' if command in READS else 'auth' if command == 'sign_in' else 'write':<7}{len(values):>7}{p50:>9.1f}"
              f"{p99:>9.1f}{target or '':>8}  {('yes' if p99 <= target else 'NO') if target else ''}")
    total = sum(len(v) for command, v in latencies.items() if command != "sign_in")
    print(f"\n{total} calls answered in {options.seconds:g} s ({total / options.seconds:.0f}/s)")
    acknowledged = sum(len(o.bodies) + (o.text is not None) for o in officers)
    missing_hub = missing_writes(officers, hub_bodies, hub_texts)
    missing_db = missing_writes(officers, db_bodies, db_texts)
    if options.kill:
        print(f"failed while the hub was down (then signed in again): "
              f"{sum(o.outage_failures for o in officers)}")
    print(f"errors: {len(errors)}; acknowledged writes checked: {acknowledged} bodies and texts; "
          f"missing over the hub: {len(missing_hub)}, in the database: {len(missing_db)}")
    print(f"hub stopped on SIGTERM with exit code {stopped}; check --full ok: {check.get('ok')}")
    for line in (errors + missing_hub + missing_db)[:10]:
        print("  " + line)
    good = not errors and not missing_hub and not missing_db and stopped == 0 and check.get("ok") is True
    print("OK" if good else "FAILED")
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
