-- Walks a list of URL paths (one a line) so that no path is asked twice in a run: thread i of n
-- takes lines i, i + n, i + 2n ... Past the end of its share a thread starts again ("wrapped"),
-- HTML paths then with "wrap=<pass>" added (a new URL, which the app does not keep yet), API paths
-- as they were (the API refuses parameters it does not declare), so those may be kept answers.
--
--   wrk -t2 -c16 -d10s -s bench/uncached.lua http://127.0.0.1:8300 -- urls.txt
--
-- Prints one line "uncached-result" with: URLs, req/s, p50 ms, p99 ms, errors and non-2xx answers,
-- requests sent, requests past the end of the list, repeated API requests, requests answered.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  for i, t in ipairs(threads) do
    t:set("id", i)
    t:set("nthreads", #threads)
  end
end

function init(args)
  local all = {}
  for line in assert(io.open(args[1])):lines() do
    if line ~= "" then table.insert(all, line) end
  end
  mine = {}
  for i = id, #all, nthreads do table.insert(mine, all[i]) end
  if #mine == 0 then mine = all end
  total, sent, wrapped, repeated, non2xx = #all, 0, 0, 0, 0
end

function request()
  sent = sent + 1
  local path = mine[(sent - 1) % #mine + 1]
  if sent > #mine then
    wrapped = wrapped + 1
    if path:sub(1, 5) == "/api/" then
      repeated = repeated + 1
    else
      local pass = math.floor((sent - 1) / #mine) + 1
      path = path .. (path:find("?", 1, true) and "&" or "?") .. "wrap=" .. pass
    end
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local total, sent, wrapped, repeated, non2xx = 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    total = t:get("total")
    sent = sent + t:get("sent")
    wrapped = wrapped + t:get("wrapped")
    repeated = repeated + t:get("repeated")
    non2xx = non2xx + t:get("non2xx")
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + non2xx
  io.write(string.format("uncached-result\t%d\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\t%d\t%d\n", total,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    errors, sent, wrapped, repeated, summary.requests))
end
