-- wrk script used for every run of bench/run (bench/wrk/search.lua builds on it).
--
-- * WRK_IF_NONE_MATCH (environment): when set, every request carries
--   `If-None-Match: <value>` (the 304 revalidation cases).
-- * done() prints one machine-readable line, `WRK_RESULT {json}`, with the exact
--   counts and latency percentiles (microseconds) that wrk's text output rounds.
--   bench/run reads that line; the usual --latency text stays in the raw log.
--
-- No request()/response() callbacks: defining them makes wrk run Lua per request,
-- which costs wrk CPU on the same two cores the server uses.

local inm = os.getenv("WRK_IF_NONE_MATCH")
if inm ~= nil and inm ~= "" then
   wrk.headers["If-None-Match"] = inm
end

-- Prints the WRK_RESULT line; `extra` (optional) is more JSON members, e.g. '"x":{"y":1}'.
function wrk_result(summary, latency, extra)
   local e = summary.errors
   io.write(string.format(
      'WRK_RESULT {"requests":%d,"duration_us":%d,"bytes":%d,"rps":%.1f,' ..
      '"latency_us":{"mean":%.1f,"stdev":%.1f,"p50":%d,"p75":%d,"p90":%d,"p99":%d,"p999":%d,"max":%d},' ..
      '"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}%s}\n',
      summary.requests, summary.duration, summary.bytes,
      summary.requests / (summary.duration / 1e6),
      latency.mean, latency.stdev,
      latency:percentile(50), latency:percentile(75), latency:percentile(90),
      latency:percentile(99), latency:percentile(99.9), latency.max,
      e.connect, e.read, e.write, e.status, e.timeout,
      extra and ("," .. extra) or ""))
end

function done(summary, latency, requests)
   wrk_result(summary, latency)
end
