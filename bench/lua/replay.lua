-- Replays the requests listed in a file, one per line: METHOD<TAB>PATH<TAB>COOKIE<TAB>BODY.
-- Arguments (after wrk's "--"): file, mode, thread count.
--   cycle: each thread loops over its share of the lines (pages that can be read again);
--   once:  each line is sent once (an answer can be posted only once); a thread whose share
--          runs out stops, and done() reports it as "exhausted" so the run can be flagged.
-- Thread k takes lines k+1, k+1+n, k+1+2n, ...: the threads never share a round, and
-- consecutive requests of one thread go to different rounds, so a round's next position is
-- posted only after its previous one has been answered.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local function split(line)
  -- plain finds: a pattern match per field made reading a big file take seconds
  local fields, start = {}, 1
  while true do
    local tab = string.find(line, "\t", start, true)
    if not tab then
      table.insert(fields, string.sub(line, start))
      return fields
    end
    table.insert(fields, string.sub(line, start, tab - 1))
    start = tab + 1
  end
end

local function format(line)
  local f = split(line)
  local headers = {}
  if f[3] ~= "" then headers["Cookie"] = f[3] end
  local body = nil
  if f[4] and f[4] ~= "" then
    body = f[4]
    headers["Content-Type"] = "application/x-www-form-urlencoded"
  end
  return wrk.format(f[1], f[2], headers, body)
end

function init(args)
  local path, nthreads = args[1], tonumber(args[3])
  mode = args[2] or "cycle"
  reqs, pos, exhausted, statuses = {}, 1, 0, {}
  -- Each thread formats only its own lines, before the run: wrk starts the first thread
  -- while the next one is still here, so this must stay short (a file of 333,000 answers,
  -- every line formatted by every thread, once took 1.4 s per thread of a 15 s run).
  local count, first = 0, {}
  for line in io.lines(path) do
    if count % nthreads == index then
      table.insert(reqs, format(line))
    end
    if count < nthreads then
      table.insert(first, line)
    end
    count = count + 1
  end
  -- a file with fewer lines than threads: in cycle mode every thread replays them all
  if mode == "cycle" and count < nthreads then
    reqs = {}
    for _, line in ipairs(first) do
      table.insert(reqs, format(line))
    end
  end
  -- sent after a "once" share has run out, while the thread stops: harmless and counted apart
  spare = wrk.format("GET", "/static/style.css", {}, nil)
end

function request()
  -- wrk calls request() once on the first thread before the run, to check what it returns
  -- (script_verify_request): that call must not use up a line, or the first answer of a
  -- round is never posted and every later answer to that round is refused as out of order
  if index == 0 and not verified then
    verified = true
    return spare
  end
  if pos > #reqs then
    if mode == "once" then
      exhausted = exhausted + 1
      wrk.thread:stop()
      return spare
    end
    pos = 1
  end
  local r = reqs[pos]
  pos = pos + 1
  return r
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status >= 400 and not sample then
    -- the first failure's page, to say why (its <title> and message)
    local text = body or ""
    local main = string.find(text, "<main", 1, true)
    if main then text = string.sub(text, main) end
    sample = status .. " " .. string.sub(string.gsub(text, "%s+", " "), 1, 600)
  end
end

function done(summary, latency, requests)
  local exhausted_total, counts = 0, {}
  for _, t in ipairs(threads) do
    local s = t:get("sample")
    if s then io.write("BENCH-SAMPLE " .. s .. "\n") end
    exhausted_total = exhausted_total + (t:get("exhausted") or 0)
    for code, n in pairs(t:get("statuses") or {}) do
      counts[code] = (counts[code] or 0) + n
    end
  end
  local parts = {}
  for code, n in pairs(counts) do
    table.insert(parts, string.format('"%d": %d', code, n))
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH-RESULT {"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, ' ..
    '"status_errors": %d, "timeout": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, ' ..
    '"max_us": %d, "exhausted": %d, "statuses": {%s}}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    exhausted_total, table.concat(parts, ", ")))
  -- every latency wrk kept (microseconds: count), so that runs can be pooled into one
  -- distribution (a page measured in several windows has one p99, not one per window)
  local buckets = {}
  for i = 1, #latency do
    local value, count = latency(i)
    table.insert(buckets, string.format("%d:%d", value, count))
  end
  io.write("BENCH-LATENCY " .. table.concat(buckets, ",") .. "\n")
end
