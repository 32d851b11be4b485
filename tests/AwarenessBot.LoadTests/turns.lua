-- wrk script: POSTs realistic Bot Framework message activities to /api/messages.
-- Cycles awareness questions, danger messages, small talk and out-of-scope messages over webchat,
-- msteams and facebook payloads, with unique activity ids and many conversations.
--
-- Environment (read once, at load time, in every wrk Lua state):
--   SERVICE_URL    the Connector stand-in the bot replies to (required, loopback)
--   CONVERSATIONS  how many conversations per channel the turns are spread over (default 2000)
--   TURN_DELAY_MS  pause before each request on a connection; 0 = as fast as possible (default 0)
--   UNIQUE_TEXT    1 = every message text is made unique (a numbered suffix), so no search decision is
--                  ever remembered: the bot's worst case (default 0: the messages repeat, as real ones do)

local service_url = os.getenv("SERVICE_URL") or "http://127.0.0.1:9/"
local conversations = tonumber(os.getenv("CONVERSATIONS") or "2000")
local delay_ms = tonumber(os.getenv("TURN_DELAY_MS") or "0")
local unique_text = os.getenv("UNIQUE_TEXT") == "1"
local run_id = tostring(os.time())

-- Weighted like real traffic: mostly questions, a steady share of danger and small talk.
local messages = {
  "what is human trafficking",
  "how do traffickers recruit kids online",
  "I'm 16 and my boyfriend wants me to work for his friend, he says i owe him",
  "hi",
  "what are the signs a child is being groomed",
  "how many kids are trafficked every year",
  "what's the weather in Paris tomorrow",
  "what should a hotel receptionist look out for",
  "someone is hurting me right now",
  "thanks, that helps",
  "is sex trafficking the same as smuggling",
  "how can teachers spot trafficking at school",
  "what is a commercial sex act exactly",
  "me están obligando a trabajar y no me dejan salir",
  "who are you",
  "why do victims not ask for help",
  "what does the national hotline do",
  "can you recommend a good pizza place",
  "how much money do traffickers make",
  "there's a girl in the next room crying and a man is locking the door",
  "what can parents do to keep kids safe on social media",
  "help",
  "which apps do predators use to contact children",
  "what happens after someone calls the hotline",
  "my manager keeps my passport and won't pay me",
  "tell me a joke",
  "what are exit services for survivors",
  "how is labor trafficking different from sex trafficking",
  "what do i do",
  "how can I volunteer to fight trafficking",
  "are boys trafficked too",
  "asdf qwerty",
  "what is the difference between counter-trafficking and anti-trafficking",
  "a man at the bus station is offering my little sister a modelling job tonight",
  "hola",
  "what age are most victims",
}

local channels = { "webchat", "msteams", "facebook" }
local threads = 0 -- only counted in the main state, by setup()
local counter = 0

local function json_string(s)
  return '"' .. s:gsub('[%c"\\]', function(c)
    return string.format("\\u%04x", c:byte())
  end) .. '"'
end

local templates = {
  webchat = '{"type":"message","id":"%s","timestamp":"%s","localTimestamp":"%s","localTimezone":"America/New_York",'
    .. '"serviceUrl":"%s","channelId":"webchat","from":{"id":"dl_user%d","name":"","role":"user"},'
    .. '"conversation":{"id":"WcConv%dLoad-f"},"recipient":{"id":"awarenessbot","name":"AwarenessBot","role":"bot"},'
    .. '"textFormat":"plain","locale":"en-US","text":%s,'
    .. '"entities":[{"type":"ClientCapabilities","requiresBotState":true,"supportsListening":true,"supportsTts":true}],'
    .. '"channelData":{"clientActivityID":"%s","clientTimestamp":"%s"}}',
  msteams = '{"type":"message","id":"%s","timestamp":"%s","localTimestamp":"%s","localTimezone":"America/Chicago",'
    .. '"serviceUrl":"%s","channelId":"msteams","from":{"id":"29:1LoadUser%d","name":"Staff Member",'
    .. '"aadObjectId":"6f1f0c1e-0000-4000-8000-%012d"},"conversation":{"conversationType":"personal",'
    .. '"tenantId":"72f988bf-86f1-41af-91ab-2d7cd011db47","id":"a:1LoadConv%d;messageid=1"},'
    .. '"recipient":{"id":"28:00000000-0000-0000-0000-000000000001","name":"AwarenessBot"},'
    .. '"textFormat":"plain","locale":"en-US","text":%s,'
    .. '"entities":[{"locale":"en-US","country":"US","platform":"Web","timezone":"America/Chicago","type":"clientInfo"}],'
    .. '"channelData":{"tenant":{"id":"72f988bf-86f1-41af-91ab-2d7cd011db47"}}}',
  facebook = '{"type":"message","id":"%s","timestamp":"%s","serviceUrl":"%s","channelId":"facebook",'
    .. '"from":{"id":"%d","name":"Messenger User"},"conversation":{"isGroup":false,"id":"%d-104857600000001"},'
    .. '"recipient":{"id":"104857600000001","name":"AwarenessBot"},"locale":"en-US","text":%s,'
    .. '"channelData":{"sender":{"id":"%d"},"recipient":{"id":"104857600000001"},"message":{"mid":"m_%s","text":%s}}}',
}

local function body(channel, id, conversation, text)
  local now = os.date("!%Y-%m-%dT%H:%M:%S.000Z")
  local t = json_string(text)
  if channel == "webchat" then
    return string.format(templates.webchat, id, now, now, service_url, conversation, conversation, t, id, now)
  elseif channel == "msteams" then
    return string.format(templates.msteams, id, now, now, service_url, conversation, conversation, conversation, t)
  end
  local user = 7000000000000000 + conversation
  return string.format(templates.facebook, id, now, service_url, user, user, t, user, id, t)
end

local headers = { ["Content-Type"] = "application/json" }

-- wrk runs setup() in the main Lua state; thread:set() gives each thread state a global thread_id.
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

function request()
  counter = counter + 1
  local thread = thread_id or 0
  -- Shift the channel once per pass over the messages so every message travels every channel.
  local channel = channels[(counter + math.floor(counter / #messages)) % #channels + 1]
  -- Spread turns over many conversations; a prime stride keeps neighbouring turns apart.
  local conversation = thread * 1000000 + (counter * 7919) % conversations
  local text = messages[counter % #messages + 1]
  if unique_text then
    text = string.format("%s #%d-%d-%d", text, os.time(), thread, counter)
  end
  local id = string.format("load-%s-%d-%d", run_id, thread, counter)
  return wrk.format("POST", "/api/messages", headers, body(channel, id, conversation, text))
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end

-- One machine-readable line; the shell scripts parse it. Latencies arrive in microseconds.
function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d duration_s=%.2f rps=%.1f mean_ms=%.2f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f p999_ms=%.2f "
      .. "max_ms=%.2f non2xx=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency.mean / 1000,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000,
    e.status, e.connect, e.read, e.write, e.timeout))
end
