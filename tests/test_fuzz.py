"""The fuzz script's quick mode, as CI runs it: hostile articles and requests get through nowhere."""
import subprocess
import sys

from .conftest import ROOT


def test_quick_fuzz_finds_nothing():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "fuzz.py"), "--quick"],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
    for line in ("crashes:         0", "tracebacks:      0", "partial outputs: 0", "injections:      0",
                 "server still answers at the end: yes"):
        assert line in done.stdout, done.stdout
    tried = int(done.stdout.split("inputs tried:")[1].split()[0].replace(",", ""))
    assert tried >= 200
