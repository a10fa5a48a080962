"""Milliseconds until every instance serves a new version, for bench/cluster.

    python3 bench/converge.py SINCE_MS TIMEOUT_S PATH EXPECTED PORT...

Polls GET PATH on 127.0.0.1:PORT for each port over keep-alive connections (curl per poll costs
more than what is measured) until every answer contains EXPECTED and all carry the same ETag;
prints the milliseconds from SINCE_MS (epoch milliseconds) to then, or "timeout".
"""
import http.client
import sys
import time


def main():
    since_ms, timeout_s, path, expected = int(sys.argv[1]), float(sys.argv[2]), sys.argv[3], sys.argv[4]
    connections = {port: http.client.HTTPConnection("127.0.0.1", int(port), timeout=10) for port in sys.argv[5:]}
    deadline = time.time() + timeout_s
    while time.time() < deadline:
        etags = set()
        done = True
        for port, connection in connections.items():
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                body = response.read().decode("utf-8", "replace")
            except (OSError, http.client.HTTPException):
                connections[port] = connection = http.client.HTTPConnection("127.0.0.1", int(port), timeout=10)
                done = False
                break
            etags.add(response.getheader("ETag"))
            if expected not in body:
                done = False
                break
        if done and len(etags) == 1:
            print(int(time.time() * 1000) - since_ms)
            return
        time.sleep(0.005)
    print("timeout")


if __name__ == "__main__":
    main()
