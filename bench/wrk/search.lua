-- wrk script for the search case of bench/run: every request is a different search.
--
-- Quire answers a repeated GET from its in-process response cache (keyed by the raw
-- request URI), so hammering one search URL would measure the cache, not the search.
-- This script sends the request paths of a file instead (one per line, all distinct;
-- written by `java bench/CorpusGenerator.java --queries N --queries-out FILE`), each
-- at most once per run as long as the slice is big enough:
--
--   WRK_PATHS_FILE    the file                                      (required)
--   WRK_PATHS_FROM    first line of the slice to use, 0-based       [0]
--   WRK_PATHS_COUNT   lines in the slice                            [to the end of the file]
--   WRK_THREADS       wrk's -t: the slice is cut into that many equal shares, one per
--                     thread, so threads never send each other's paths  [1]
--
-- The URL on wrk's command line only gives the host and port. Each thread sends its
-- share in order; a thread that gets to the end of its share starts it again (those
-- repeats can be answered from the cache), and done() says how many there were.
--
-- Cost: defining request() makes wrk call into Lua for every request (report.lua has
-- no callbacks for that reason: wrk shares the machine's two cores with the server).
-- It is the only way to change the path per request. init() formats every request
-- once, so request() only counts and indexes a table; at search's request rates (a
-- fraction of the cached cases') that costs wrk little.
--
-- done() prints report.lua's WRK_RESULT line plus
--   "paths": {"available": lines in the shares, "sent": request() calls (each sends a
--             path once; includes requests still in flight when wrk stopped, and one
--             call wrk makes at start to check the request), "distinct": different
--             paths among them, "repeated": sent - distinct}
-- distinct >= the completed requests and repeated = 0 mean no completed request
-- repeated a path of this run. bench/run gives every run its own slice of the file, so
-- paths are not repeated across runs either.

local dir = debug.getinfo(1, "S").source:match("^@(.*[/\\])") or "./"
dofile(dir .. "report.lua")   -- wrk_result(); WRK_IF_NONE_MATCH, if set, applies here too

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_number", #threads)
end

local function env_number(name, default)
   local v = os.getenv(name)
   if v == nil or v == "" then return default end
   return tonumber(v) or error(name .. " must be a number, was " .. v)
end

function init(args)
   local file = os.getenv("WRK_PATHS_FILE")
   if file == nil or file == "" then error("search.lua: set WRK_PATHS_FILE") end
   local from = env_number("WRK_PATHS_FROM", 0)
   local count = env_number("WRK_PATHS_COUNT", math.huge)
   local nthreads = env_number("WRK_THREADS", 1)
   local slice = {}
   local line_no = 0
   for path in io.lines(file) do
      if line_no >= from + count then break end
      if line_no >= from and path ~= "" then slice[#slice + 1] = path end
      line_no = line_no + 1
   end
   -- This thread's share: thread_number (1-based) was set by setup().
   local per = math.floor(#slice / nthreads)
   local first = (thread_number - 1) * per
   reqs = {}
   for i = first + 1, first + per do
      reqs[#reqs + 1] = wrk.format(nil, slice[i])
   end
   if #reqs == 0 then
      error(string.format("search.lua: thread %d of %d has no paths (%d lines from line %d of %s)",
                          thread_number, nthreads, #slice, from, file))
   end
   share = #reqs
   sent = 0
end

function request()
   sent = sent + 1
   return reqs[(sent - 1) % share + 1]
end

function done(summary, latency, requests)
   local available, sent_all, distinct = 0, 0, 0
   for _, t in ipairs(threads) do
      local n, s = t:get("share") or 0, t:get("sent") or 0
      available = available + n
      sent_all = sent_all + s
      distinct = distinct + math.min(n, s)
   end
   wrk_result(summary, latency, string.format(
      '"paths":{"available":%d,"sent":%d,"distinct":%d,"repeated":%d}',
      available, sent_all, distinct, sent_all - distinct))
end
