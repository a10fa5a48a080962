"""Milliseconds until every instance serves a new version, for bench/cluster.

    python3 bench/converge.py SINCE_MS TIMEOUT_S PORTS "PATH|EXPECTED"...

PATH and EXPECTED are separated by the first "|".

PORTS is a comma-separated list of ports on 127.0.0.1. Each round GETs every PATH from every port
over keep-alive connections (a process per request would cost more than what is measured); a PATH
has converged in the first round in which every answer contains its EXPECTED text and all carry the
same ETag. Prints one line per PATH, in order: the milliseconds from SINCE_MS (epoch milliseconds) to
the end of that round, or "timeout".
"""
import http.client
import sys
import time


def main():
    since_ms, timeout_s = int(sys.argv[1]), float(sys.argv[2])
    ports = sys.argv[3].split(",")
    targets = [arg.split("|", 1) for arg in sys.argv[4:]]
    connections = {port: http.client.HTTPConnection("127.0.0.1", int(port), timeout=10) for port in ports}
    done = {}
    deadline = time.time() + timeout_s
    while len(done) < len(targets) and time.time() < deadline:
        for path, expected in targets:
            if path in done:
                continue
            etags = set()
            ok = True
            for port in ports:
                try:
                    connections[port].request("GET", path)
                    response = connections[port].getresponse()
                    body = response.read().decode("utf-8", "replace")
                except (OSError, http.client.HTTPException):
                    connections[port] = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
                    ok = False
                    break
                etags.add(response.getheader("ETag"))
                if expected not in body:
                    ok = False
                    break
            if ok and len(etags) == 1:
                done[path] = int(time.time() * 1000) - since_ms
        time.sleep(0.02)
    for path, _ in targets:
        print(done.get(path, "timeout"))


if __name__ == "__main__":
    main()
