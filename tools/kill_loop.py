"""Kill a saving program at random moments and check that no saved work is ever lost.

    uv run python tools/kill_loop.py 200 [--seed 7] [--partners 10] [--keep]

A child process (forked, so each round starts in milliseconds) saves generation after generation
of a charter with ``save_charter`` (with its ``.bak``) and writes the recovery file with
``write_recovery``, announcing each step on a pipe. The parent SIGKILLs it after a random delay,
then checks:

* the charter file is a valid charter, and its generation is the last one completed or the one
  being written (the old or the new version, never half, never older);
* the ``.bak`` file, when present, is a valid charter too;
* the recovery file is valid and holds the last completed or the in-flight generation;
* temporary files left by a kill do not stop the next load or save.

Prints ``N kills, L lost`` and exits 1 when anything was lost. POSIX only (fork, SIGKILL).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from charter_builder.model import Charter  # noqa: E402
from charter_builder.storage import CharterFileError, load_charter, save_charter  # noqa: E402
from tests.support.synthetic import large_charter  # noqa: E402

try:  # the wizard's autosave; the loop also runs without it
    from charter_builder.storage import recovery as _recovery
except ImportError:  # pragma: no cover
    _recovery = None  # type: ignore[assignment]


def generation(base: Charter, g: int) -> Charter:
    """Return generation ``g``: the same charter with a version and title that tell which one it is."""
    meta = base.metadata.model_copy(update={"version": g + 1, "title": f"Generatie {g}"})
    return base.model_copy(update={"metadata": meta})


def generation_of(c: Charter) -> int:
    return c.metadata.version - 1


def _naive_save(c: Charter, path: Path) -> None:  # pragma: no cover - killed
    """Overwrite in place, slowly (a network drive): what ``save_charter`` must never do. For ``--naive``."""
    from charter_builder.storage import dump_charter

    data = dump_charter(c)
    fd = os.open(path, os.O_WRONLY | os.O_TRUNC | os.O_CREAT, 0o600)
    try:
        for i in range(0, len(data), 4096):
            os.write(fd, data[i : i + 4096])
            os.fsync(fd)
            time.sleep(0.0005)
    finally:
        os.close(fd)


def _child(base: Charter, path: Path, start: int, out_fd: int, naive: bool) -> None:  # pragma: no cover
    g = start
    save = _naive_save if naive else save_charter
    try:
        while True:
            g += 1
            c = generation(base, g)
            os.write(out_fd, f"S{g}\n".encode())
            save(c, path)
            os.write(out_fd, f"D{g}\n".encode())
            if _recovery is not None:
                os.write(out_fd, f"r{g}\n".encode())
                _recovery.write_recovery(c, path)
                os.write(out_fd, f"R{g}\n".encode())
    except BaseException as exc:
        os.write(out_fd, f"E{type(exc).__name__}: {exc}\n".encode())
        os._exit(3)


@dataclass
class Report:
    kills: int = 0
    lost: int = 0
    saves_completed: int = 0
    phases: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    leftover_temp_files: int = 0

    _round_failed: bool = False

    def fail(self, msg: str) -> None:
        """Record a problem; a round with any problem counts once as lost."""
        if not self._round_failed:
            self.lost += 1
            self._round_failed = True
        self.problems.append(msg.splitlines()[0] if msg else msg)


def _read_all(fd: int) -> str:
    chunks = []
    while True:
        try:
            b = os.read(fd, 65536)
        except BlockingIOError:
            break
        if not b:
            break
        chunks.append(b)
    return b"".join(chunks).decode()


def _recovery_generation(c: Charter, path: Path) -> int | None:
    """Return the generation in the recovery file, ``None`` when there is none; raise when damaged."""
    assert _recovery is not None
    rp = _recovery.recovery_path(c, path)
    if not rp.exists():
        return None
    entry = _recovery._read_entry(rp)
    if not entry.readable:
        raise CharterFileError(rp, _recovery.FileErrorKind.UNREADABLE)
    return generation_of(entry.load())


def run(kills: int, seed: int, partners: int, folder: Path, naive: bool = False) -> Report:
    rnd = random.Random(seed)
    os.environ["CHARTER_BUILDER_DATA_DIR"] = str(folder / "data")
    base = large_charter(
        partners=partners, kpis=partners * 3, activities=partners * 3, flows=partners, seed=seed
    )
    path = folder / "kill.charter.json"
    save_charter(generation(base, 0), path, backup=False)
    t0 = time.perf_counter()
    save_charter(generation(base, 0), path)
    save_time = time.perf_counter() - t0
    on_disk = 0
    rec_done: int | None = None
    report = Report()
    for _ in range(kills):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            os.close(r)
            _child(base, path, on_disk, w, naive)
        os.close(w)
        # From "before the first save starts" to "several saves in": every phase gets hit.
        time.sleep(rnd.uniform(0, 4 * save_time + 0.004))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.set_blocking(r, False)
        lines = _read_all(r).split()
        os.close(r)
        report.kills += 1
        report._round_failed = False
        errors = [ln for ln in lines if ln.startswith("E")]
        if errors:
            report.fail(f"child failed: {errors[0]}")
        started = [int(ln[1:]) for ln in lines if ln.startswith("S")]
        done = [int(ln[1:]) for ln in lines if ln.startswith("D")]
        rec_started = [int(ln[1:]) for ln in lines if ln.startswith("r")]
        rec_finished = [int(ln[1:]) for ln in lines if ln.startswith("R")]
        report.phases[lines[-1][0] if lines else "-"] += 1
        report.saves_completed += len(done)
        last_done = done[-1] if done else on_disk
        allowed = {last_done} | ({started[-1]} if started else set())
        try:
            got = generation_of(load_charter(path))
        except CharterFileError as exc:
            report.fail(f"charter unreadable after kill: {exc.describe('en').splitlines()[-1]}")
            save_charter(generation(base, last_done), path)  # carry on from a good state
            got = last_done
        if got not in allowed:
            report.fail(f"charter holds generation {got}, expected one of {sorted(allowed)}")
        bak = path.with_name(path.name + ".bak")
        if bak.exists():
            try:
                load_charter(bak)
            except CharterFileError as exc:
                report.fail(f"backup unreadable after kill: {exc}")
        if _recovery is not None:
            rec_last = rec_finished[-1] if rec_finished else rec_done
            rec_allowed = {rec_last} | ({rec_started[-1]} if rec_started else set())
            try:
                rec_got = _recovery_generation(base, path)
            except CharterFileError as exc:
                report.fail(f"recovery file unreadable after kill: {exc}")
                rec_got = rec_last
            if rec_got not in rec_allowed:
                report.fail(
                    f"recovery holds generation {rec_got}, expected one of {sorted(rec_allowed, key=str)}"
                )
            rec_done = rec_got
        on_disk = got
    # Leftover temporary files must not stop a normal load and save.
    temps = list(folder.glob(".*.tmp")) + list((folder / "data").rglob(".*.tmp"))
    report.leftover_temp_files = len(temps)
    final = generation(base, on_disk + 1)
    save_charter(final, path)
    if load_charter(path) != final:
        report.fail("a normal save after the loop did not read back")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("kills", type=int, help="how many times to kill the saving process")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--partners", type=int, default=10, help="size of the charter saved (default 10)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder for inspection")
    parser.add_argument(
        "--naive",
        action="store_true",
        help="self-test: save by overwriting in place; the loop must then report losses",
    )
    args = parser.parse_args(argv)
    if not hasattr(os, "fork"):
        print("kill_loop needs fork() and SIGKILL (Linux, macOS)", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="charter-kill-loop-"))
    try:
        started = time.perf_counter()
        report = run(args.kills, args.seed, args.partners, folder, args.naive)
        took = time.perf_counter() - started
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    size = (folder / "kill.charter.json").stat().st_size if args.keep else None
    phases = ", ".join(f"{_PHASE_NAMES.get(k, k)} {v}" for k, v in sorted(report.phases.items()))
    print(f"{report.kills} kills, {report.lost} lost")
    print(f"saves completed between kills: {report.saves_completed}; killed while: {phases}")
    print(f"temporary files left behind by kills: {report.leftover_temp_files}; took {took:.1f} s")
    print(f"recovery file checked: {'yes' if _recovery is not None else 'no (module missing)'}")
    if size is not None:
        print(f"kept in {folder} ({size} bytes)")
    for p in report.problems[:20]:
        print(f"  - {p}")
    return 0 if report.lost == 0 else 1


_PHASE_NAMES = {
    "-": "starting",
    "S": "saving the charter",
    "D": "between save and autosave",
    "r": "writing the recovery file",
    "R": "between autosave and next save",
}


if __name__ == "__main__":
    sys.exit(main())
