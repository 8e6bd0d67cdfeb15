"""The survey service scaled out (issue #25): submissions per second and latency for one
and for two ``serve-survey`` processes on PostgreSQL behind nginx, and where the time
goes, so that it says whether the database or the service is the limit.

    .venv/bin/python tests/benchmarks/bench_survey_scale.py [SUBMISSIONS] [AT_ONCE]

Starts a throwaway PostgreSQL (tests/postgres_server.py, or the server in
PHILOSOPHY_STUDIO_TEST_POSTGRES_URL) and, per configuration, nginx in front of the
processes (tests/phone_crowd.py). SUBMISSIONS phones (default 2,000), AT_ONCE at a time
(default 32), each load the form and send an answer through nginx; the latency is the
answer's post. CPU seconds per 1,000 submissions are read from /proc for each party:
PostgreSQL's processes, the service processes, nginx, and the phones (this process).
Everything runs on the same machine, so the parties share its cores; the verdict names
the party that used the most CPU per submission. No timed assertions: it prints.

Measured on the 2-core development machine (2,000 submissions, 32 at a time, two runs):
one process 359-380 submissions/s, p95 75-86 ms; two processes 420-423/s, p95
107-121 ms. CPU per 1,000 submissions: service 2.05-2.44 s, PostgreSQL 0.50-0.69 s,
nginx 0.2 s, phones 0.5-0.6 s. The service, not the database, is the limit: it costs
three to four times the database's CPU per submission, one process keeps about 0.75
of a core busy, and with two the parties together keep 1.5 of the 2 cores busy (the
rest is the machine's other load), so a second process gains about 10-20% here. The
figures moved the limit once already: before the service read the workshop's row once a
second instead of three or four times per phone, one process managed 160/s.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from phone_crowd import Nginx, ServiceProcess, answer_like_a_person, free_port, nginx_binary
from postgres_server import create_database, drop_database, server_url

TICKS = os.sysconf("SC_CLK_TCK")
WARM_UP = 100


def _stat(pid: int | str) -> tuple[str, float, float] | None:
    """(command name, own CPU seconds, reaped children's CPU seconds) of a process."""
    try:
        raw = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    name = raw[raw.index("(") + 1 : raw.rindex(")")]
    fields = raw[raw.rindex(")") + 2 :].split()
    # utime, stime, cutime, cstime are fields 14-17 of stat (11-14 after the name).
    own = (int(fields[11]) + int(fields[12])) / TICKS
    children = (int(fields[13]) + int(fields[14])) / TICKS
    return name, own, children


def cpu_by_party(service_pids: list[int]) -> dict[str, float]:
    """Cumulative CPU seconds of the database, the service, nginx and the phones. A
    PostgreSQL backend that ended counts in its parent's reaped children."""
    parties = {"database": 0.0, "service": 0.0, "nginx": 0.0}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        found = _stat(entry)
        if found is None:
            continue
        name, own, children = found
        if name == "postgres":
            parties["database"] += own + children
        elif name == "nginx":
            parties["nginx"] += own + children
        elif int(entry) in service_pids:
            parties["service"] += own
    times = os.times()
    parties["phones"] = times.user + times.system
    return parties


def open_survey(database: str) -> int:
    from philosophy_studio.domain.commands import SetWorkshopField, WorkshopField
    from philosophy_studio.domain.model import Language, WorkshopInfo
    from philosophy_studio.services.workshop_service import WorkshopService, new_workshop

    service = WorkshopService.create(
        database, new_workshop(WorkshopInfo(team_name="Bench", language=Language.ENGLISH))
    )
    try:
        service.execute(SetWorkshopField(WorkshopField.SURVEY_OPEN, True))
        return service.workshop_id
    finally:
        service.close()


def measure(admin_url: str, nginx: str, processes: int, submissions: int, at_once: int) -> dict[str, object]:
    database = create_database(admin_url)
    started: list = []
    folder = tempfile.TemporaryDirectory(prefix="ps-bench-")
    try:
        workshop = open_survey(database)
        ports = [free_port() for _ in range(processes)]
        proxy_port = free_port()
        public = f"http://127.0.0.1:{proxy_port}"
        logs = Path(folder.name)
        services = [ServiceProcess(database, workshop, port, public, logs / f"{port}.log") for port in ports]
        started.extend(services)
        links = [service.wait_started()[0] for service in services]
        path = links[0].removeprefix(public)
        proxy = Nginx(nginx, ports, proxy_port)
        started.append(proxy)

        def phone(number: int):
            return answer_like_a_person(proxy.port, path, f"Answer {number}: calm and quick")

        with ThreadPoolExecutor(at_once) as pool:
            list(pool.map(phone, range(-WARM_UP, 0)))
            pids = [service.process.pid for service in services]
            before = cpu_by_party(pids)
            began = time.perf_counter()
            outcomes = list(pool.map(phone, range(submissions)))
            took = time.perf_counter() - began
            after = cpu_by_party(pids)
    finally:
        for thing in reversed(started):
            thing.stop()
        drop_database(admin_url, database)
        folder.cleanup()
    latencies = sorted(outcome.latency for outcome in outcomes if outcome.status == 200)
    return {
        "processes": processes,
        "stored": len(latencies),
        "per_second": len(latencies) / took,
        "p50": statistics.median(latencies),
        "p95": latencies[max(0, int(len(latencies) * 0.95) - 1)],
        "cpu": {party: (after[party] - before[party]) * 1000 / submissions for party in after},
        "busy": {party: (after[party] - before[party]) / took for party in after},
    }


def main() -> None:
    submissions = int(sys.argv[1]) if len(sys.argv) > 1 else 2_000
    at_once = int(sys.argv[2]) if len(sys.argv) > 2 else 32
    nginx = nginx_binary()
    if nginx is None:
        sys.exit("nginx is not installed (Debian: apt-get install nginx)")
    admin_url, cluster, reason = server_url()
    if admin_url is None:
        sys.exit(reason)
    try:
        results = [measure(admin_url, nginx, processes, submissions, at_once) for processes in (1, 2)]
    finally:
        if cluster is not None:
            cluster.stop()
    print(f"{submissions} submissions through nginx, {at_once} phones at a time, {os.cpu_count()} cores")
    print("processes  stored  per second  p50 ms  p95 ms   CPU s per 1,000: database service nginx phones")
    for result in results:
        cpu = result["cpu"]
        print(
            f"{result['processes']:>9}  {result['stored']:>6}  {result['per_second']:>10.0f}"
            f"  {result['p50'] * 1000:>6.0f}  {result['p95'] * 1000:>6.0f}"
            f"   {cpu['database']:>24.2f} {cpu['service']:>7.2f} {cpu['nginx']:>5.2f} {cpu['phones']:>6.2f}"
        )
    for result in results:
        busy = ", ".join(f"{party} {share:.2f}" for party, share in result["busy"].items())
        print(f"cores busy with {result['processes']} process(es): {busy}")
    one, two = results
    cpu = two["cpu"]
    service_cpu, database_cpu = cpu["service"], cpu["database"]
    limit = "the service" if service_cpu > database_cpu else "the database"
    print(
        f"Verdict: {limit} is the limit here. Per submission the service processes used "
        f"{service_cpu:.2f} ms of CPU and PostgreSQL {database_cpu:.2f} ms; a second process changed "
        f"the rate from {one['per_second']:.0f} to {two['per_second']:.0f} per second on "
        f"{os.cpu_count()} cores that the database, nginx and the phones share."
    )


if __name__ == "__main__":
    main()
