"""A ``kg serve`` process for the tests: started on a free 127.0.0.1 port, stopped by its fixture."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.helpers import ROOT

#: The line a server prints on stderr once it listens.
STARTUP = re.compile(r"^kg: SPARQL endpoint at (http://127\.0\.0\.1:(\d+)/sparql) \((read-only|read-write)\)$")


class Server:
    """A ``kg serve`` process: URL, stderr startup line, stop()."""

    def __init__(self, store: Path, **options: object) -> None:
        args = ", ".join(f"{k}={v!r}" for k, v in options.items())
        self.proc = subprocess.Popen(
            [sys.executable, "-c", f"from kg.server import serve; serve({str(store)!r}, port=0, {args})"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.startup = self.proc.stderr.readline().rstrip("\n")
        match = STARTUP.match(self.startup)
        if match is None:
            self.stop()
            raise RuntimeError(f"server did not start: {self.startup!r}")
        self.endpoint, self.port, self.mode = match.group(1), int(match.group(2)), match.group(3)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(self.base + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.stop()
                raise RuntimeError("server did not answer within 30 s")
            time.sleep(0.1)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stderr.close()
